"""Unit tests for dossier.dates: explicit calendar dates only, never relative days or guesses."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from dossier.dates import (
    date_in_url,
    date_only,
    date_spans,
    find_dates,
    is_stamp,
    numeric_orders,
    parse_date,
    stamp_dates,
    stamp_residue,
)

D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("September 30, 2015", D(2015, 9, 30)),
        ("Sept. 30, 2015", D(2015, 9, 30)),
        ("Sep 30 2015", D(2015, 9, 30)),
        ("30 September 2015", D(2015, 9, 30)),
        ("30th of September, 2015", D(2015, 9, 30)),
        ("1st October 2015", D(2015, 10, 1)),
        ("2015-09-30", D(2015, 9, 30)),
        ("2015-9-4", D(2015, 9, 4)),
        ("2015/09/30", D(2015, 9, 30)),
        ("Published 5:32 p.m. March 4, 2021", D(2021, 3, 4)),
        ("Wednesday, Sept. 30, 2015 at 10:15 AM EDT", D(2015, 9, 30)),
        ("Russia began its air campaign on September 30, 2015, the ministry said.", D(2015, 9, 30)),
        ("2016-02-29", D(2016, 2, 29)),  # leap day
        ("Posted 14-Jan-2008 09:12", D(2008, 1, 14)),  # the day, the month's name, the year, hyphenated
        ("14/Jan/2008", D(2008, 1, 14)),
        ("14-Jan/2008", None),  # one separator, as a date writes it
        ("Today's Edition | Wednesday , January 9 , 2008 |", D(2008, 1, 9)),  # a space before each comma
        ("Last modified: January 10. 2008 12:00AM", D(2008, 1, 10)),  # a full stop for the comma
        ("Posted Nov. 6,2012 at 5:32 PM EST", D(2012, 11, 6)),  # no space after the comma
        ("Nov. 6.2012", None),  # a full stop with no space after it is no date's
        ("15/01/08 15:46", D(2008, 1, 15)),  # a two-digit year, the day above 12
        ("Posted 15.01.08", D(2008, 1, 15)),
        ("01/03/08", None),  # a two-digit year and no telling day from month
        ("Harbour Weekly 1/21/08", D(2008, 1, 21)),  # one-digit month, slashes, two-digit year
        ("1/8/08", None),  # ... and no telling day from month
        ("Kernel 1.8.08", None),  # one-digit parts between dots: a version's
        ("Linux 2.6.24 was released.", None),  # a version, not a date
        ("Build 1.15.01.08", None),  # part of a longer run of numbers
        # the first date in the text wins
        ("Updated October 7, 2015; first published September 30, 2015", D(2015, 10, 7)),
        # invalid calendar dates are not dates
        ("February 30, 2016", None),
        ("2015-02-29", None),  # 2015 is not a leap year
        ("Sep 31, 2015", None),
        ("2015-13-01", None),
        ("2015-00-10", None),
        ("April 0, 2015", None),
        # relative days, weekdays and partial dates say nothing explicit
        ("on Friday", None),
        ("Russian jets struck again on Friday.", None),
        ("last Tuesday", None),
        ("yesterday at 10:15 a.m.", None),
        ("The strikes began on September 30.", None),
        ("May 2015", None),
        ("In 2015, Russia entered the war.", None),
        ("10:15 AM EDT", None),
        # ambiguous numeric dates (day/month or month/day) are not guessed
        ("03/04/2015", None),
        ("4.3.2015", None),
        # numbers that only look like years
        ("The 1812 Overture was played at the ceremony.", None),
        ("", None),
    ],
)
def test_parse_date(text, expected):
    assert parse_date(text) == expected


def test_find_dates_returns_every_date_in_order_with_offsets():
    text = "Talks held on 2015-10-30 followed the strikes of September 30, 2015."
    assert find_dates(text) == [(14, D(2015, 10, 30)), (text.index("September"), D(2015, 9, 30))]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("September 30, 2015", D(2015, 9, 30)),
        ("  September 30, 2015  ", D(2015, 9, 30)),
        ("Wednesday, September 30, 2015", D(2015, 9, 30)),
        ("Wednesday, September 30, 2015 10:15 AM EDT", D(2015, 9, 30)),
        ("Wed 30 Sep 2015 14.02 BST", D(2015, 9, 30)),
        ("September 30, 2015 | 10:15 am", D(2015, 9, 30)),
        ("September 30, 2015 at 4:05 p.m.", D(2015, 9, 30)),
        ("Published: September 30, 2015", D(2015, 9, 30)),
        ("Posted: September 30, 2015", D(2015, 9, 30)),
        ("On September 30, 2015", D(2015, 9, 30)),
        ("Posted on September 30, 2015", D(2015, 9, 30)),
        ("2015-09-30", D(2015, 9, 30)),
        ("## September 30, 2015", D(2015, 9, 30)),
        ("[September 30, 2015](https://example.com/news/2015/09/30/)", D(2015, 9, 30)),
        ("*September 30, 2015*", D(2015, 9, 30)),
        # closing marks after the date or its time (cut off before the line is matched)
        ("September 30, 2015 ...", D(2015, 9, 30)),
        ("(Tuesday, September 30, 2015, 4:05 p.m. GMT+) |", D(2015, 9, 30)),
        ("September 30, 2015!! x", None),
        # a sentence around the date is body, not a date line
        ("Russia began airstrikes on September 30, 2015.", None),
        ("September 30, 2015 was the first day of the Russian air campaign.", None),
        ("By Jane Doe, September 30, 2015", None),
        # two dates are a range, not one date
        ("September 30, 2015 - October 1, 2015", None),
        # nothing explicit
        ("on Friday", None),
        ("Friday", None),
        ("10:15 AM EDT", None),
        ("September 30", None),
        # an invalid date is no date
        ("February 30, 2016", None),
        ("", None),
    ],
)
def test_date_only(line, expected):
    assert date_only(line) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.reuters.com/article/2015/09/30/us-mideast-crisis-russia-idUSKCN0RU0MG20150930", D(2015, 9, 30)),
        ("https://example.com/news/2015/9/3/story.html", D(2015, 9, 3)),
        ("https://example.com/2015/09/30/", D(2015, 9, 30)),
        ("https://example.com/2015/02/30/story", None),  # invalid day
        ("https://example.com/2015/13/01/story", None),  # invalid month
        ("https://example.com/2015/09/story", None),  # no day in the path
        ("https://example.com/news/story-20150930", None),  # not a path date
        ("https://example.com/news/story-123", None),
        ("", None),
    ],
)
def test_date_in_url(url, expected):
    assert date_in_url(url) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year glued to the clock time or to the next date, as some pages print them
        ("March 3, 20224:52 PM UTCUpdated 2 years ago", D(2022, 3, 3)),
        ("Published On 5 Mar 20245 Mar 2024", D(2024, 3, 5)),
        # ISO timestamps
        ("Published Time: 2023-03-02T16:45:00+00:00", D(2023, 3, 2)),
        # numeric dates: read only when the order is certain
        ("25/12/2023", D(2023, 12, 25)),  # no month 25
        ("12/25/2023", D(2023, 12, 25)),  # no month 25 either way round
        ("Issued on: 06/03/2023 - 14:05", D(2023, 3, 6)),  # a 24-hour clock: day first
        ("06.03.2023 09:30", D(2023, 3, 6)),
        ("06/03/2023 2:05 pm", None),  # a 12-hour clock says nothing about the order
        ("06/03/2023", None),
        ("version 1.2.2015 of the software", None),
        # a year followed by more digits is no year
        ("Account 2015123 was closed", None),
    ],
)
def test_parse_date_glued_iso_and_numeric(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Feb 13, 2024 · Updated Feb 14, 2024 · 38 sources", True),
        ("Thu, Mar 21, 2024, 12:00 PM 4 min read", True),
        ("March 3, 20224:52 PM UTCUpdated 2 years ago", True),
        ("Jun 21, 2016, 4:12 PM ET", True),
        ("Issued on: 06/03/2023 - 14:05", True),
        ("Updated: Sep 15, 2023 / 09:47 AM CDT", True),
        ("and last updated 9:47 AM, Jul 15, 2023", True),  # the second half of a split stamp
        ("Last modified on Thu 21 Mar 2024 14.30 GMT", True),
        ("2 hours ago", True),  # a relative stamp: a stamp, but it holds no date
        ("May 14, 2024 08:00 AM Eastern Daylight Time", True),  # a time zone written out
        ("21 March 2024, 10:15 Central European Summer Time", True),
        ("May 14, 2024 Eastern Europe braced for frost.", False),
        # sentences around a date are not stamps
        ("September 30, 2015 was the first day of the Russian air campaign.", False),
        ("By Jane Doe, September 30, 2015", False),
        ("Posted on April 7, 2024 by admin", False),
        ("Residents returned on Sunday.", False),
        ("", False),
    ],
)
def test_is_stamp(line, expected):
    assert is_stamp(line) is expected


@pytest.mark.parametrize(
    ("line", "published", "updated"),
    [
        ("Published 9:02 p.m. PT Nov. 8, 2022 | Updated 11:15 a.m. PT Nov. 9, 2022", D(2022, 11, 8), D(2022, 11, 9)),
        ("Feb 13, 2024 · Updated Feb 14, 2024 · 38 sources", D(2024, 2, 13), D(2024, 2, 14)),
        ("Updated October 7, 2015; first published September 30, 2015", D(2015, 9, 30), D(2015, 10, 7)),
        ("Updated 7:46 PM CDT, September 14, 2023", None, D(2023, 9, 14)),
        ("Written by Rahul Sharma | Nairobi | Updated: March 20, 2023 4:15 pm IST", None, D(2023, 3, 20)),
        ("Last modified on Thu 21 Mar 2024 14.30 GMT", None, D(2024, 3, 21)),
        ("March 3, 20224:52 PM UTCUpdated 2 years ago", D(2022, 3, 3), None),
        ("Posted on April 7, 2024 by admin", D(2024, 4, 7), None),
        ("2 hours ago", None, None),
    ],
)
def test_stamp_dates_split_publication_from_update(line, published, updated):
    assert stamp_dates(line) == (published, updated)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blog's compact stamp: day, month abbreviation and a two-digit year run together
        ("Tartan scarves for the season 14Nov11", D(2011, 11, 14)),
        ("7MAR98", D(1998, 3, 7)),  # two-digit years read as strptime reads them: 69-99 are 1900s
        ("code 3may15 in lower case", None),  # a month in lower case is no stamp
        ("30Feb12", None),
    ],
)
def test_compact_dates(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Posted : Tue, 04 Mar 2008 09:15:42 GMT",  # a clock time with seconds
        "03-14-2008, 17h05",  # a French clock time
        "Thursday, March 13, 2008 : 0945 Hrs",  # a 24-hour time without a colon
    ],
)
def test_stamps_with_other_clock_formats(line):
    assert is_stamp(line)


def test_date_spans_give_where_each_date_ends():
    text = "Filed March 4, 2008 at noon"
    assert date_spans(text) == ((6, 19, D(2008, 3, 4)),)


def test_stamp_residue_keeps_only_the_other_words():
    words = re.findall(r"\w+", stamp_residue("By Mara Quinn on March 4, 2008 · 12 comments"))
    assert words == ["By", "Mara", "Quinn"]


def test_a_weekday_inside_a_word_is_no_stamp_word():
    assert re.findall(r"\w+", stamp_residue("March 14, 2008 Send to a friend")) == ["Send", "to", "a", "friend"]


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("03/04/2008", True, D(2008, 4, 3)),
        ("03/04/2008", False, D(2008, 3, 4)),
        ("03/04/2008", None, None),
        ("25/03/2008", False, D(2008, 3, 25)),  # a part above 12 tells the order whatever the caller says
        ("04/04/2008", None, D(2008, 4, 4)),  # the same either way
    ],
)
def test_numeric_dates_in_an_order_known_from_elsewhere(text, day_first, expected):
    assert parse_date(text) == expected if day_first is None else find_dates(text, day_first)[0][1] == expected


def test_numeric_orders_tell_certain_from_ambiguous_dates():
    assert numeric_orders("14/01/2008, 01/14/2008 and 01/08/2008") == [(True, None), (False, None), (None, (1, 8))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("By Jane Roe | Monday | 07/01/2008", D(2008, 1, 7)),  # 7 January 2008 was a Monday, 1 July a Tuesday
        ("Tuesday 07/01/2008", D(2008, 7, 1)),
        ("Mon. 07/01/2008 10:00 am", D(2008, 1, 7)),
        ("Wednesday 07/01/2008", None),  # neither reading is a Wednesday
        ("Monday or Tuesday, 07/01/2008", None),  # two weekdays tell nothing
        ("the sun rose on 07/01/2008", None),  # a lowercase word is no weekday
        ("Month in review 07/01/2008", None),  # nor a word that begins like one
        ("Sunderland 07/01/2008", None),
    ],
)
def test_a_weekday_tells_a_numeric_dates_order(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("20080109 15:24", D(2008, 1, 9)),
        ("20080109T15:24:00", D(2008, 1, 9)),
        ("Order 20080109", None),  # eight digits alone may be an id
        ("20081399 15:24", None),  # no such day
    ],
)
def test_iso_basic_dates_are_read_with_their_clock_time(text, expected):
    assert parse_date(text) == expected


def test_the_order_the_caller_knows_wins_over_a_weekday():
    assert find_dates("Monday 07/01/2008", day_first=False)[0][1] == D(2008, 7, 1)


def test_an_iso_basic_date_inside_an_id_is_no_date():
    assert parse_date("ID A20080109 15:24") is None


@pytest.mark.parametrize(
    ("line", "offset", "alone", "stamp"),
    [
        ("_March 14, 2008_", 1, True, True),  # html2text's italics
        ("_Published on: March 14, 2008_", 15, False, True),
        ("Updated __14 March 2008__", 10, False, True),
    ],
)
def test_a_date_in_emphasis_underscores_is_read(line, offset, alone, stamp):
    """Markdown's emphasis underscores are marks, not a word's letters: the year ends before them."""
    assert find_dates(line) == [(offset, dt.date(2008, 3, 14))]
    assert (date_only(line) is not None, is_stamp(line)) == (alone, stamp)


def test_a_date_inside_a_files_name_of_underscores_is_no_date():
    assert find_dates("report_Mar_14_2008.pdf") == []
