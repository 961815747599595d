"""The `dossier` MkDocs plugin: stage 2. It only routes MkDocs events to plain modules.

on_config      reset state, make sure the Markdown extensions the pages use are on, add the site's
               style sheet and scripts (and the offline plugin's search shim, shipped: see `dossier.privacy`)
on_files       read every source and note once (a source's front matter from stage 1's JSON index
               while the page is as stage 1 wrote it), build the index, add the generated pages (entities,
               indexes, views, publishers, downloads; see `dossier.generate`), the sources' original
               files (`dossier.originals`) and the assets
on_page_read_source  give MkDocs a source page without its front matter's lists (entities,
               citations, provenance, audit): MkDocs' pure-Python YAML parse of them took about
               2 s per 1,000 sources; the page's audit is read here with libyaml, the rest not again.
               A page's block that does not parse is not given at all (MkDocs would show it as text)
on_page_markdown  link mentions in sources and notes, add a source's metadata and audit; export
               the page (export_dir), written on a thread of its own
on_page_content  put an entity page's neighbour drawing (SVG) in place of its marker
on_page_content, on_post_page  say the pages converted and written, on a large site (`dossier.progress`)
on_post_build  wait for the exported pages; fail the build, naming export_dir, if one was not written
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import tempfile
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.utils.meta import YAML_RE as MKDOCS_FRONT_MATTER

from .docfiles import refusal
from .entities import Registry, load_registry
from .export import Exporter
from .generate import LISTED_BY_INDEX, generate_pages
from .index import DossierIndex, PageInput, build_index, relative_url
from .linker import first_per_paragraph, link_mentions
from .markup import (
    body_of,
    escape_block,
    escape_inline,
    page_title,
    split_front_matter,
    take_front_matter_keys,
    terminal_line,
)
from .originals import original_uri, write_originals
from .privacy import local_polyfills, third_party_fonts
from .progress import milestones
from .publishers import PublisherTable, default_publishers, load_publishers
from .rendercheck import RenderCheck
from .sourcepages import GENERATOR, read_front_matter_index, text_digest
from .userfiles import CHECKED_ENV, UserFileError, check_outlets, read_yaml, shown_path
from .views import (
    NEIGHBOURS_MARKER,
    OVERVIEW_MARKER,
    OVERVIEW_TABLE_MARKER,
    audit_out_of_search,
    neighbour_drawing,
    overview,
    overview_out_of_search,
    source_audit,
    source_header,
)
from .yamlload import check_yaml, load_yaml

log = logging.getLogger("mkdocs.plugins.dossier")
REQUIRED_EXTENSIONS = ("attr_list", "admonition", "pymdownx.details", "tables")
#: What the plugin ships with the site: its style sheet, hover previews and sortable tables, and the graph view's
#: scripts (the glue is on every page, 8 KB, and loads the library from beside it only where a graph
#: is drawn). Every page loads only these and the theme's own files: nothing from another host.
ASSETS_DIR = "assets/dossier"
ASSETS = (
    "dossier-graph.js", "cytoscape.min.js", "cytoscape.LICENSE", "dossier-preview.js", "dossier-sort.js",
    "dossier.css", "iframe-worker-shim.js", "iframe-worker.LICENSE",
)  # fmt: skip
SCRIPTS = ("dossier-graph.js", "dossier-preview.js", "dossier-sort.js")
STYLES = ("dossier.css",)


#: The front matter keys that only a source's own page shows (its audit): the index does not read them.
_AUDIT = ("provenance", "removed")
_PAGE_ONLY = re.compile(rf"^(?:{'|'.join(_AUDIT)}):", re.M)
#: The front matter lists of a source page: the index reads the entities and citations; the page
#: shows the audit; MkDocs is given none of them (see on_page_read_source).
_PAGE_LISTS = ("entities", "ambiguous", "citations", *_AUDIT)
#: A note's front matter larger than this is not read (a note declares a few entities; 256 KiB
#: holds thousands). Stage 1's source pages carry their audit there and have no limit.
NOTE_FRONT_MATTER_MAX_BYTES = 256 * 1024
#: The page metadata the theme prints into the page without escaping it (`<title>`, `<meta>`,
#: the navigation): text, HTML-escaped on the pages the plugin writes or reads.
_PRINTED_META = ("title", "description", "author", "subtitle")
#: Front matter that keeps mkdocs-macros, a plugin many MkDocs sites add, from reading a page as a
#: Jinja template (it renders every page's Markdown, and its title, unless the page says so): the
#: pages Dossier writes and generates hold scraped text. A seed named "{{ 7*7 }}.txt" was shown as
#: "seeds/49.txt" (a name, a headline or an outlet could have called any Python of the build), and
#: "{%" in a paragraph was a syntax error. The user's notes are theirs to template.
NOT_A_TEMPLATE = "render_macros: false\n"
#: On a site of this many pages or more, a line each time this many pages are converted, then written
#: (the benchmark's 1,000 sources make 1,545 pages, and MkDocs says nothing for most of a minute).
PAGES_PROGRESS_EVERY = 500


class DossierConfig(base.Config):
    registry = c.Type(str, default="entities.yml")
    """The entity registry, relative to docs_dir: canonical names, types, aliases, ignore list."""
    sources_dir = c.Type(str, default="sources")
    """Folder (under docs_dir) of the source pages that stage 1 writes."""
    notes_dir = c.Type(str, default="notes")
    """Folder (under docs_dir) of the user's notes; they are linked and shown on entity pages."""
    link_mentions = c.Type(bool, default=True)
    """Turn entity mentions in sources and notes into links to the entity pages."""
    export_dir = c.Optional(c.Type(str))
    """If set, also write every page the plugin generates or rewrites, as plain Markdown, in this
    folder (relative to the config file)."""
    publishers = c.Optional(c.Type(str))
    """An outlet table of your own (YAML, relative to the config file), read after the built-in one:
    outlet kinds on the publisher pages and outlet names for the citations view."""


class DossierPlugin(BasePlugin[DossierConfig]):
    #: This build's downloads, written to a temporary folder that MkDocs copies into the site.
    downloads: Path | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        self._name = config.plugins._current_plugin or "dossier"
        self.index = DossierIndex()
        self.audits: dict[str, dict] = {}  # a source page's provenance and audit, from its read to its render
        self.originals: set[str] = set()  # the source pages whose original file is shown beside them
        self.entity_of: dict[str, str] = {}  # entity page -> entity, for its neighbour drawing
        self.unrendered: dict[str, str] = {}  # pages the user wrote that Markdown cannot render: why
        self.as_written: set[str] = set()  # source pages as stage 1 wrote them (their front matter parses)
        self._checker: RenderCheck | None = None
        self._pages_total = self._pages_converted = self._pages_written = 0  # for the progress lines
        self._converted = milestones(PAGES_PROGRESS_EVERY, _say("converted"))
        self._written = milestones(PAGES_PROGRESS_EVERY, _say("written"))
        self._drop_downloads()  # a failed build's, if any
        here = Path(config.config_file_path or ".").parent
        self.exporter = Exporter(here / self.config.export_dir) if self.config.export_dir else None
        self.registry = Registry()
        self.docs_dir = Path(config.docs_dir)
        self.publishers: PublisherTable = default_publishers()
        if self.config.publishers:
            path = Path(shown_path(here / self.config.publishers))  # as its messages name it
            try:
                data, lines = read_yaml(path, "the plugin's publishers table")
                for problem in check_outlets(data, str(path), lines):
                    _warn(f"dossier: {problem}")
                self.publishers = load_publishers(path)
            except UserFileError as exc:
                raise PluginError(f"dossier: {exc}") from exc
            except Exception as exc:  # not a table of outlets: name the file
                raise PluginError(f"dossier: {path}: {exc}") from exc
        for name in SCRIPTS:
            if (script := f"{ASSETS_DIR}/{name}") not in [str(s) for s in config.extra_javascript]:
                config.extra_javascript.append(script)
        for name in STYLES:
            if (sheet := f"{ASSETS_DIR}/{name}") not in config.extra_css:
                config.extra_css.append(sheet)
        if (problem := third_party_fonts(config.theme, config.plugins)) is not None:
            log.warning(f"dossier: {problem}")
        # Material's offline plugin loads its search shim for file:// from unpkg.com: ship it instead.
        config.extra["polyfills"] = local_polyfills(
            config.extra.get("polyfills"), f"{ASSETS_DIR}/iframe-worker-shim.js"
        )
        for ext in REQUIRED_EXTENSIONS:
            if ext not in config.markdown_extensions:
                config.markdown_extensions.append(ext)
        return config

    # Late, so that pages other plugins generate in on_files are indexed too.
    @event_priority(-50)
    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        self.docs_dir = Path(config.docs_dir)
        registry_path = Path(shown_path(self.docs_dir / self.config.registry))  # as its messages name it
        try:
            self.registry = load_registry(registry_path, self.publishers)
        except (ValueError, OSError) as exc:  # a YAML mistake is one line naming the file and line
            raise PluginError(terminal_line(f"dossier: {exc}")) from exc
        if os.environ.get(CHECKED_ENV) != str(registry_path.resolve()):  # else build_dossier.py said them
            for problem in self.registry.warnings:
                _warn(f"dossier: {problem}")
        self._leave_out_unreadable(files, Path(config.docs_dir))
        sources = Path(config.docs_dir) / self.config.sources_dir
        known = {f"{self.config.sources_dir}/{n}": e for n, e in read_front_matter_index(sources).items()}
        pages = []
        for f in files.documentation_pages():
            page = self._read(f, known, config)
            if page is False:  # MkDocs would stop the whole build on it
                files.remove(f)
            elif page is not None:
                pages.append(page)
        self.index = build_index(pages, self.registry, self.publishers)
        for problem in self.index.problems:
            _warn(f"dossier: {problem}")
        self._drop_downloads()
        # Downloads and original files are written here; MkDocs copies them into the site; then removed.
        self.downloads = Path(tempfile.mkdtemp(prefix="dossier-downloads-"))
        generated = generate_pages(
            self.index,
            self.config.sources_dir,
            self.publishers,
            "index.md" not in files.src_uris,
            config.use_directory_urls,
            self.downloads,
            self.config.notes_dir,
        )
        here = Path(config.config_file_path or ".").parent
        favicon = config.theme.get("favicon")
        originals = write_originals(
            self.index.pages, here, config.use_directory_urls, self.downloads / "originals",
            favicon if isinstance(favicon, str) else None,
        )  # fmt: skip
        self.originals = {uri for uri in self.index.pages if original_uri(uri) in originals}
        generated.update(originals)
        self.entity_of = {self.index.entity_uri(n): n for n in self.index.entities}
        self.index.compact()
        for uri, content in generated.items():
            if uri in files.src_uris:
                _warn(f"dossier: {self._shown(uri)} is kept; the page Dossier generates there is not used")
                continue
            if isinstance(content, Path):
                files.append(File.generated(config, uri, abs_src_path=str(content)))
            else:
                files.append(File.generated(config, uri, content=content))
        for name in ASSETS:
            with resources.as_file(resources.files("dossier.assets").joinpath(name)) as path:
                files.append(File.generated(config, f"{ASSETS_DIR}/{name}", abs_src_path=str(path)))
        leave_out_of_nav(files.documentation_pages(), self.config.sources_dir, self.config.notes_dir)
        self._pages_total = len(files.documentation_pages())
        return files

    def _shown(self, src_uri: str) -> str:
        """Name a file under docs_dir as the user reaches it (`docs/notes/x.md`, not `notes/x.md`)."""
        return shown_path(self.docs_dir / src_uri)

    def _read_here(self, src_uri: str) -> bool:
        """Tell whether the plugin reads a page: a source or a note (not their folders' indexes)."""
        folder = src_uri.split("/", 1)[0]
        return folder in (self.config.sources_dir, self.config.notes_dir) and not src_uri.endswith("/index.md")

    def _leave_out_unreadable(self, files: Files, docs_dir: Path) -> None:
        """Leave out of the build, one line each, the files it must not read: anything but a
        regular file, and a source or note that links outside docs/."""
        for file in list(files):
            if file.generated_by is not None or not file.abs_src_path:
                continue
            problem = refusal(Path(file.abs_src_path), docs_dir, confined=self._read_here(file.src_uri))
            if problem:
                _warn(f"dossier: {self._shown(file.src_uri)}: {problem}")
                files.remove(file)

    def _render_check(self, config: MkDocsConfig) -> RenderCheck:
        if self._checker is None:
            self._checker = RenderCheck(list(config.markdown_extensions), dict(config.mdx_configs))
        return self._checker

    def _read(
        self, file: File, known: dict[str, tuple[str, dict]], config: MkDocsConfig
    ) -> PageInput | Literal[False] | None:
        """Read a source or note; `known` is stage 1's front-matter index, by source URI.

        None: not a page the plugin reads; False: a page that cannot be read as text (binary, not
        UTF-8), said in one line, to be left out of the site.
        """
        if not self._read_here(file.src_uri):
            return None
        folder = file.src_uri.split("/", 1)[0]
        try:
            text = file.content_string
        except (OSError, UnicodeDecodeError) as exc:
            why = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else exc.strerror or exc
            _warn(f"dossier: {self._shown(file.src_uri)}: cannot be read ({why}); left out of the site")
            return False
        entry = known.get(file.src_uri)
        written = entry is not None and entry[0] == text_digest(text)  # as stage 1 wrote it
        if written:
            meta, body, error = dict(entry[1]), body_of(text), None
            self.as_written.add(file.src_uri)
        elif folder == self.config.sources_dir:
            meta, body, error = split_front_matter(text, _PAGE_ONLY)
        else:
            meta, body, error = split_front_matter(text, max_bytes=NOTE_FRONT_MATTER_MAX_BYTES)
        if error:
            _warn(f"dossier: {self._shown(file.src_uri)}: {error}")
        is_source = folder == self.config.sources_dir and meta.get("generator") == GENERATOR
        for key in ("removed", "provenance"):  # only the page itself shows these (from MkDocs' own read)
            meta.pop(key, None)
        body = body.lstrip("\n")
        if not written and (problem := self._render_check(config).problem(body)):
            _warn(f"dossier: {self._shown(file.src_uri)}: {problem}")
            self.unrendered[file.src_uri] = problem
            body = ""  # nothing of it is indexed either
        return PageInput(file.src_uri, meta, body, "source" if is_source else "note", self._shown(file.src_uri))

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        uri = page.file.src_uri
        info = self.index.pages.get(uri)
        ours = page.file.generated_by == self._name
        if info is None and not ours:
            return None
        try:
            text = page.file.content_string
        except (OSError, ValueError):
            return None  # MkDocs reads the file itself and says what is wrong
        if info is not None:
            text = self._front_matter_mkdocs_reads(uri, info, text)
        return _not_a_template(text) if ours or (info is not None and info.kind == "source") else text

    def _front_matter_mkdocs_reads(self, uri: str, info: PageInput, text: str) -> str:
        """Give MkDocs a source or note without what it need not or cannot read of its front matter."""
        # Its title too, which on_page_markdown gives: a source without a headline says `title: null`,
        # which mkdocs-macros could not read (the build stopped).
        if info.kind == "source" and (taken := take_front_matter_keys(text, (*_PAGE_LISTS, "title"), read=_AUDIT)):
            text, self.audits[uri] = taken
        # MkDocs parses the front matter block it finds itself: one whose aliases expand past the
        # limit (or a note's, too large) is not given to it, nor one that does not parse, which
        # MkDocs would render as the page's first paragraphs: a source's block holds what stage 1
        # read from scraped text as YAML, not escaped for Markdown. The page's own read said so already.
        m = MKDOCS_FRONT_MATTER.match(text)
        if m:
            limit = None if info.kind == "source" else NOTE_FRONT_MATTER_MAX_BYTES
            try:
                if uri in self.as_written:  # stage 1's YAML: only its aliases need a look
                    check_yaml(m.group(1), limit)
                else:
                    load_yaml(m.group(1), limit)
            except yaml.YAMLError:  # YAMLLimitError among them
                return "\n" + text[m.end() :]  # a first blank line: MkDocs reads no metadata
        return text

    def on_page_markdown(self, markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        uri = page.file.src_uri
        if page.file.generated_by == self._name:
            page.file.content_string = ""  # now in page.markdown: don't hold it twice until the end
        if OVERVIEW_MARKER in markdown:
            markdown = markdown.replace(
                OVERVIEW_MARKER, overview(self.index, uri, self.config.sources_dir, self.config.notes_dir)
            )
        info = self.index.pages.get(uri)
        if info is None:
            self._export(uri, markdown)
            return markdown
        matches = self.index.matches.pop(uri, [])  # a page is rendered once per build: let them go
        digest = self.index.digests.pop(uri, None)
        if uri in self.unrendered:
            page.meta["title"] = info.title
            markdown = f"# {escape_inline(info.title)}\n\n{escape_block(f'This page was not rendered: it {self.unrendered[uri]}.')}\n"
            self._export(uri, markdown)
            return markdown
        if self.config.link_mentions:
            if hash(markdown) != digest:  # another plugin changed it: find them again
                matches = first_per_paragraph(markdown, self.index.find(uri, markdown))
            markdown = link_mentions(markdown, matches, lambda n: self._entity_url(uri, n))
        if info.kind == "source":
            page.meta["title"] = info.title  # text; see on_page_content
            # The audit and provenance are read with the page (the index drops them to keep its
            # memory small): by on_page_read_source, else by MkDocs' own parse of the front matter.
            meta = {**page.meta, **self.audits.pop(uri, {})}
            original = original_uri(uri).rsplit("/", 1)[-1] if uri in self.originals else None
            markdown = f"# {escape_inline(info.title)}\n\n{source_header(meta, original)}\n{markdown}\n\n{source_audit(meta, original)}"
            # Now in the page: MkDocs would otherwise hold every source's lists until the build ends.
            for key in _PAGE_LISTS:
                page.meta.pop(key, None)
        self._export(uri, markdown)
        return markdown

    def on_page_content(self, html: str, page: Page, config: MkDocsConfig, files: Files) -> str:
        """Turn the title and the other metadata the theme prints unescaped into HTML text, on
        every page the plugin generates or reads (a title from front matter is text; one MkDocs took
        from the page's first heading is HTML already: Material's `striptags` would unescape it);
        put an entity page's neighbour drawing in; keep a source page's audit out of search."""
        self._pages_converted += 1
        self._converted(self._pages_converted, self._pages_total)
        if page.file.generated_by == self._name or page.file.src_uri in self.index.pages:
            meta = page.meta
            title = page_title(meta["title"]) if "title" in meta else _html_text(page.title or "")
            for key in _PRINTED_META:
                if key in meta:
                    meta[key] = page_title(meta[key])
            meta["title"] = title
        if (info := self.index.pages.get(page.file.src_uri)) is not None and info.kind == "source":
            html = audit_out_of_search(html)
        if OVERVIEW_TABLE_MARKER in html:
            html = overview_out_of_search(html)
        if NEIGHBOURS_MARKER in html and (name := self.entity_of.get(page.file.src_uri)) is not None:
            html = html.replace(NEIGHBOURS_MARKER, neighbour_drawing(self.index, name, config.use_directory_urls), 1)
        return html

    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        self._pages_written += 1
        self._written(self._pages_written, self._pages_total)
        return output

    def _entity_url(self, from_uri: str, name: str) -> str | None:
        return relative_url(from_uri, self.index.entity_uri(name)) if name in self.index.entities else None

    def _export(self, uri: str, content: str) -> None:
        if self.exporter:
            self.exporter.write(uri, content)

    def _drop_downloads(self) -> None:
        if self.downloads is not None:
            shutil.rmtree(self.downloads, ignore_errors=True)
            self.downloads = None

    def on_post_build(self, config: MkDocsConfig) -> None:
        self._drop_downloads()
        problems = self.exporter.close() if self.exporter else []
        self.exporter = None
        if problems:
            raise PluginError(f"dossier: export_dir {self.config.export_dir}: {problems[0]}" + (
                f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""))  # fmt: skip

    def on_build_error(self, error: Exception) -> None:
        self._drop_downloads()
        if self.exporter:
            self.exporter.close()
            self.exporter = None


#: With more notes than this, the navigation lists none of them (the Notes page lists them all):
#: the theme writes the whole navigation into every page, so each note in it costs every page a
#: link: 1,600 notes took the build 71 s of CPU, 8.7 times what 400 took (the seeds and 400 notes,
#: 8 s). A hundred notes already make a menu longer than any screen.
MAX_NOTES_IN_NAV = 100


def leave_out_of_nav(pages: list[File], sources_dir: str, notes_dir: str) -> None:
    """Leave out of the navigation the pages their indexes list: entities, publishers, the timeline's
    years, sources, and the notes when there are more than MAX_NOTES_IN_NAV; the nav lists sections."""

    def listed(page: File, folders: tuple[str, ...]) -> bool:
        inside = page.src_uri.startswith(tuple(f"{folder}/" for folder in folders))  # a folder may be nested
        return inside and not page.src_uri.endswith("/index.md")

    folders = (*LISTED_BY_INDEX, sources_dir)
    if sum(listed(page, (notes_dir,)) for page in pages) > MAX_NOTES_IN_NAV:
        folders += (notes_dir,)
    for page in pages:
        if listed(page, folders):
            page.inclusion = InclusionLevel.NOT_IN_NAV


def _not_a_template(text: str) -> str:
    """Mark a page Dossier writes or generates as no template in its front matter (`NOT_A_TEMPLATE`)."""
    if MKDOCS_FRONT_MATTER.match(text):
        return text.replace("\n", f"\n{NOT_A_TEMPLATE}", 1)  # under the block's opening line
    return f"---\n{NOT_A_TEMPLATE}---\n{text}"


def _warn(message: str) -> None:
    """Log a warning as one line, whatever file names or values it quotes."""
    log.warning(terminal_line(message))


def _html_text(text: str) -> str:
    """Escape what of HTML syntax a title taken from a heading (HTML text, its entities kept) may
    still hold raw."""
    return " ".join(text.replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").split())


def _say(done_what: str) -> Callable[[int, int], None]:
    """What says that `done` of `total` pages are `done_what` (an INFO line; --quiet hides it)."""
    return lambda done, total: log.info(f"dossier: {done}/{total} pages {done_what}")
