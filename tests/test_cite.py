"""`newsclaims cite`: BibTeX, APA and CFF from CITATION.cff."""

from __future__ import annotations

import pytest
import yaml
from typer.testing import CliRunner

from newsclaims.cite import CitationError, apa, bibtex, citation, load_citation
from newsclaims.cli import app
from newsclaims.paths import REPO_ROOT
from newsclaims.published import package_yaml

PERSONS = {
    "cff-version": "1.2.0", "type": "dataset", "title": "Tolls & claims_2",
    "version": "1.2.3", "date-released": "2026-03-09",
    "authors": [{"family-names": "Doe", "given-names": "Jane Ann"},
                {"family-names": "Roe", "given-names": "Rich"}],
    "identifiers": [{"type": "doi", "value": "10.5281/zenodo.123"}],
    "license": "CC-BY-4.0",
}


def test_apa_of_persons_with_a_doi():
    assert apa(PERSONS) == ("Doe, J. A., & Roe, R. (2026). *Tolls & claims_2* (Version 1.2.3) "
                            "[Data set]. https://doi.org/10.5281/zenodo.123\n")


def test_bibtex_of_persons_with_a_doi():
    text = bibtex(PERSONS)
    assert text.startswith("@misc{newsclaims_1_2_3,\n")
    assert "author       = {Doe, Jane Ann and Roe, Rich}" in text
    assert r"title        = {{Tolls \& claims\_2}}" in text
    assert "year         = {2026}" in text and "month        = {3}" in text
    assert "doi          = {10.5281/zenodo.123}" in text
    assert "url          = {https://doi.org/10.5281/zenodo.123}" in text
    assert text.count("{") == text.count("}")


def test_repository_citation_matches_the_package():
    cff = load_citation(REPO_ROOT)
    meta = package_yaml(REPO_ROOT)
    assert cff["cff-version"] == "1.2.0" and cff["type"] == "dataset"
    assert cff["version"] == meta["version"] and cff["title"] == meta["title"]
    text = citation(REPO_ROOT, "bibtex")
    assert f"version      = {{{meta['version']}}}" in text
    assert "author       = {{newsclaims maintainers}}" in text  # an entity, braced whole
    assert f"({str(meta['created'])[:4]})" in citation(REPO_ROOT, "apa")
    assert yaml.safe_load(citation(REPO_ROOT, "cff")) == cff


def test_cli_cite_formats():
    runner = CliRunner()
    out = runner.invoke(app, ["cite"])
    assert out.exit_code == 0 and out.stdout.startswith("@misc{newsclaims_")
    out = runner.invoke(app, ["cite", "--format", "apa"])
    assert out.exit_code == 0 and "[Data set]" in out.stdout
    out = runner.invoke(app, ["cite", "--format", "cff"])
    assert out.exit_code == 0 and "cff-version: 1.2.0" in out.stdout
    assert runner.invoke(app, ["cite", "--format", "mla"]).exit_code == 2
    with pytest.raises(CitationError):
        citation(REPO_ROOT, "mla")
