"""One HTML parser for the tests that read the report: tags with attributes, text, script bodies, sections."""

from __future__ import annotations

from html.parser import HTMLParser


class Page(HTMLParser):
    """Tags, attributes, element ids, all text (script bodies kept apart) and the text under each top-level section."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self.section: str | None = None
        self.by_section: dict[str, list[str]] = {}
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append((tag, a))
        self._in_script = tag == "script"
        if tag in ("section", "header") and a.get("id"):
            self.section = a["id"]
            self.by_section[self.section] = []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
            return
        self.text.append(data)
        if self.section:
            self.by_section[self.section].append(data)

    def names(self) -> set[str]:
        return {t for t, _ in self.tags}

    def urls(self) -> list[str]:
        """Every href/src value."""
        return [v or "" for _, a in self.tags for k, v in a.items() if k in ("href", "src")]

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.tags if a.get("id")}

    def find(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [a for t, a in self.tags if t == tag and all(a.get(k.rstrip("_")) == v for k, v in attrs.items())]

    def section_text(self, name: str) -> str:
        return " ".join(" ".join(self.by_section.get(name, [])).split())


def parse(html: str) -> Page:
    page = Page()
    page.feed(html)
    return page
