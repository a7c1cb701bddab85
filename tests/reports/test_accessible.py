"""The accessible version (ODT) read back as a screen reader's host application reads it:
headings with outline levels in reading order, tables with header rows, the chart's text
alternative, the document language, the same withholding as the PDF."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta
from xml.etree import ElementTree

import pytest

from cnis_desktop.demo import populate
from cnis_desktop.documents import renderer, review_pack, visit_summary
from cnis_desktop.domain.audience import copy_for
from cnis_desktop.reports.odt_render import MIMETYPE
from cnis_desktop.reports.pack_options import PackOptions
from cnis_desktop.vault import Vault
from tests.reports.docs_helpers import TODAY, new_vault

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
}


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Vault:
    vault = new_vault(tmp_path_factory.mktemp("odt"))
    populate(vault)
    return vault


def package(data: bytes) -> zipfile.ZipFile:
    return zipfile.ZipFile(io.BytesIO(data))


def all_text(element: ElementTree.Element) -> str:
    return "".join(element.itertext())


def test_the_pack_reads_as_headings_tables_and_a_described_chart(demo: Vault) -> None:
    child_id = demo.children.caseload("toby")[0].id
    options = PackOptions(TODAY - timedelta(days=365), TODAY, audience="professional")
    document = review_pack(demo, child_id, options)
    odt = package(renderer("odt")(document))
    first = odt.infolist()[0]
    assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
    assert odt.read("mimetype").decode() == MIMETYPE
    content = ElementTree.fromstring(odt.read("content.xml"))
    body = content.find("office:body/office:text", NS)
    assert body is not None
    headings = [(int(h.get(q("text:outline-level"), "0")), all_text(h)) for h in body.iter(q("text:h"))]
    assert headings[0] == (1, "EHC annual review")
    titles = [text for level, text in headings if level == 2]
    assert titles[:3] == ["The child's views", "Parent and carer views", "The review meeting"]
    assert "The authority's decision and your rights" in titles
    # Reading order: the child's views come before the meeting, as on the page.
    assert headings.index((2, "The child's views")) < headings.index((2, "The review meeting"))
    tables = list(body.iter(q("table:table")))
    assert len(tables) >= 6
    for table in tables:
        header = table.find("table:table-header-rows", NS)
        assert header is not None and all_text(header).strip(), table.get(q("table:name"))
    invited = next(t for t in tables if "invited" in (t.get(q("table:name")) or ""))
    assert [all_text(c) for c in invited.find("table:table-header-rows", NS).iter(q("table:table-cell"))] == [
        "Name",
        "Role",
        "Invited on",
        "Attended",
    ]
    frames = list(body.iter(q("draw:frame")))
    assert len(frames) == 1
    desc = frames[0].find("svg:desc", NS)
    assert desc is not None and "Delivered (logged sessions)" in (desc.text or "")
    image = frames[0].find("draw:image", NS)
    assert image is not None
    svg = odt.read(image.get(q("xlink:href")) or "").decode()
    assert "<desc>" in svg and "<rect" in svg
    quotes = [all_text(p) for p in body.iter(q("text:p")) if p.get(q("text:style-name")) == "Quotations"]
    assert "“Quiet. My headphones. Knowing what happens next.”" in quotes


def test_language_title_and_id(demo: Vault) -> None:
    child_id = demo.children.caseload("mira")[0].id
    visit_id = demo.visits.for_child(child_id)[0].id
    odt = package(renderer("odt")(visit_summary(demo, visit_id, copy_for("family"))))
    meta = ElementTree.fromstring(odt.read("meta.xml"))
    assert meta.findtext(".//dc:language", namespaces=NS) == "en-GB"
    title = meta.findtext(".//dc:title", namespaces=NS) or ""
    assert title.startswith("Visit summary – case CNIS-") and "Mira" not in title
    assert (
        meta.findtext(".//meta:creation-date", namespaces=NS, default="").startswith(f"{TODAY:%Y-%m-%d}")
        or TODAY.isoformat() <= meta.findtext(".//meta:creation-date", namespaces=NS, default="")[:10]
    )
    styles = ElementTree.fromstring(odt.read("styles.xml"))
    default = styles.find(".//style:default-style/style:text-properties", NS)
    assert default is not None and default.get(q("fo:language")) == "en"
    assert default.get(q("fo:country")) == "GB"
    header = all_text(styles.find(".//style:master-page/style:header", NS))
    assert "Family copy – safeguarding and third-party information withheld" in header


def test_the_accessible_copy_withholds_what_the_pdf_withholds(demo: Vault) -> None:
    child_id = demo.children.caseload("mira")[0].id
    concern = next(v for v in demo.visits.for_child(child_id) if v.effective().safeguarding_concern)
    details = concern.effective().safeguarding_details
    for audience in ("family", "professional"):
        odt = package(renderer("odt")(visit_summary(demo, concern.id, copy_for(audience))))
        content = odt.read("content.xml").decode()
        assert "bruise" not in content.lower() and "MASH" not in content
        assert "[withheld]" in content
    record = package(renderer("odt")(visit_summary(demo, concern.id, copy_for("record"))))
    assert details.split(";")[0] in record.read("content.xml").decode()
