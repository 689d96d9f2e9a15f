"""`newsclaims cite`: the citation of the current version, from CITATION.cff.

CITATION.cff is the one source (GitHub, Zenodo and reference managers read it); BibTeX and APA
are rendered from it. Its version and date are kept equal to the package's by
tests/test_published_data.py.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from newsclaims.paths import REPO_ROOT
from newsclaims.published import CITATION

FORMATS = ("bibtex", "apa", "cff")


class CitationError(Exception):
    pass


def load_citation(root: Path = REPO_ROOT) -> dict:
    path = Path(root) / CITATION
    if not path.is_file():
        raise CitationError(f"{path} not found")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _doi(cff: dict) -> str | None:
    if cff.get("doi"):
        return str(cff["doi"])
    for ident in cff.get("identifiers") or []:
        if ident.get("type") == "doi":
            return str(ident["value"])
    return None


def _url(cff: dict) -> str | None:
    doi = _doi(cff)
    if doi:
        return f"https://doi.org/{doi}"
    return cff.get("url") or cff.get("repository") or cff.get("repository-code")


def _names(cff: dict, style: str) -> list[str]:
    names = []
    for a in cff.get("authors") or []:
        if a.get("name"):  # an entity (an organisation or team)
            names.append(a["name"])
            continue
        family, given = a.get("family-names", ""), a.get("given-names", "")
        if style == "bibtex":
            names.append(f"{family}, {given}".strip(", "))
        else:  # APA: Family, G. M.
            initials = " ".join(f"{p[0]}." for p in given.split() if p)
            names.append(f"{family}, {initials}".strip(", "))
    return names


def _bibtex_escape(text: str) -> str:
    for ch in "&%$#_":
        text = text.replace(ch, "\\" + ch)
    return text


def bibtex(cff: dict) -> str:
    version = str(cff["version"])
    date = str(cff.get("date-released", ""))
    key = "newsclaims_" + version.replace(".", "_")
    authors = " and ".join(
        "{" + _bibtex_escape(n) + "}" if "," not in n else _bibtex_escape(n)
        for n in _names(cff, "bibtex"))
    fields = [
        ("author", authors),
        ("title", "{" + _bibtex_escape(str(cff["title"])) + "}"),
        ("year", date[:4]),
        ("month", date[5:7].lstrip("0")),
        ("version", version),
        ("howpublished", "Data set"),
    ]
    if cff.get("publisher"):
        fields.append(("publisher", _bibtex_escape(str(cff["publisher"]))))
    if _doi(cff):
        fields.append(("doi", _doi(cff)))
    if _url(cff):
        fields.append(("url", _url(cff)))
    fields.append(("note", f"Version {version}, released {date}"
                   + (f"; licence {cff['license']}" if cff.get("license") else "")))
    body = ",\n".join(f"  {k:<12} = {{{v}}}" for k, v in fields if v)
    return f"@misc{{{key},\n{body}\n}}\n"


def apa(cff: dict) -> str:
    names = _names(cff, "apa")
    if len(names) > 1:
        authors = ", ".join(names[:-1]) + ", & " + names[-1]
    else:
        authors = names[0] if names else "Anonymous"
    year = str(cff.get("date-released", ""))[:4] or "n.d."
    text = (f"{authors.rstrip('.')}. ({year}). *{cff['title']}* "
            f"(Version {cff['version']}) [Data set].")
    if cff.get("publisher"):
        text += f" {cff['publisher']}."
    if _url(cff):
        text += f" {_url(cff)}"
    return text + "\n"


def citation(root: Path = REPO_ROOT, fmt: str = "bibtex") -> str:
    if fmt not in FORMATS:
        raise CitationError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if fmt == "cff":
        return (Path(root) / CITATION).read_text(encoding="utf-8")
    cff = load_citation(root)
    return bibtex(cff) if fmt == "bibtex" else apa(cff)
