#!/usr/bin/env python3
"""Writes the import and attachment fixtures (good, bad and hostile files). Run from this folder; the files are committed."""
import io, os, zipfile, zlib, struct
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))

ACT_HEADERS_SQ = ["Titulli", "Lloji", "Data", "Data e mbarimit", "Bashkitë", "Organizata drejtuese", "Grupet e synuara", "Vendi", "Dukshmëria", "Persona të arritur", "Gra", "Burra", "Përshkrimi"]
ACT_HEADERS_EN = ["Title", "Kind", "Date", "End date", "Municipalities", "Lead organisation", "Target groups", "Venue", "Visibility", "People reached", "Women", "Men", "Description"]

GOOD = [
    ["Seancë informuese në shkollën \"Naim Frashëri\"", "Seancë në shkollë", "06.11.2023", "", "Durrës", "ZVA", "Nxënës; Mësues", "Shkolla \"Naim Frashëri\"", "Publike", "80", "42", "38", "Rreziqet e trafikimit në internet."],
    ["Takim me prindërit në Shijak", "Seancë ndërgjegjësuese", "2023-11-08", "", "Shijak", "Bashkia Shijak", "Prindër", "", "Publike", "", "", "", ""],
    ["Trajnim për punonjësit e policisë", "Trajnim", "14.11.2023", "15.11.2023", "Durrës", "Drejtoria Vendore e Policisë Durrës", "Profesionistë të vijës së parë", "", "E brendshme", "25", "", "", ""],
    ["Fushatë informuese në tregun e Krujës", "Aktivitet fushate", "18.11.2023", "", "Krujë", "World Vision Albania", "Publiku i gjerë", "Tregu i Krujës", "Publike", "", "", "", ""],
    ["Workshop with employers", "Workshop", "2023-11-21", "", "Durrës; Shijak", "Zyra Vendore e Punësimit Durrës", "Employers", "", "Public", "", "", "", ""],
    ["Takim me të rinjtë e Shijakut", "Seancë ndërgjegjësuese", "24.11.2023", "", "Shijak", "TDH", "Të rinj", "", "", "", "", "", ""],
]

BAD = [
    ["Seancë e rregullt", "Seancë në shkollë", "01.12.2023", "", "Durrës", "ZVA", "Nxënës", "", "Publike", "", "", "", ""],
    ["Lloj i panjohur", "Koncert", "02.12.2023", "", "Durrës", "ZVA", "Nxënës", "", "", "", "", "", ""],
    ["Datë e gabuar", "Trajnim", "32.13.2023", "", "Durrës", "ZVA", "Nxënës", "", "", "", "", "", ""],
    ["Bashki jashtë qarkut", "Trajnim", "03.12.2023", "", "Korçë", "ZVA", "Nxënës", "", "", "", "", "", ""],
    ["Organizatë e panjohur", "Trajnim", "04.12.2023", "", "Durrës", "Shoqata Fantazmë", "Nxënës", "", "", "", "", "", ""],
    ["Gra e burra më shumë se totali", "Trajnim", "05.11.2023", "", "Durrës", "ZVA", "Nxënës", "", "", "10", "8", "7", ""],
    ["Seancë e rregullt", "Seancë në shkollë", "01.12.2023", "", "Durrës", "ZVA", "Nxënës", "", "Publike", "", "", "", ""],
    ["Seancë ndërgjegjësuese me nxënësit e shkollës \"Gjergj Kastrioti\"", "Seancë në shkollë", "05.10.2023", "", "Durrës", "ZVA", "Nxënës", "", "", "", "", "", ""],
    ["Mbarimi para fillimit", "Trajnim", "10.12.2023", "09.12.2023", "Durrës", "ZVA", "Nxënës", "", "", "", "", "", ""],
    ["", "Trajnim", "11.12.2023", "", "Durrës", "ZVA", "Nxënës", "", "", "", "", "", ""],
]


def csv_line(cells, sep):
    out = []
    for c in cells:
        if any(ch in c for ch in [sep, '"', '\n', '\r']):
            c = '"' + c.replace('"', '""') + '"'
        out.append(c)
    return sep.join(out) + "\r\n"


def write_csv(name, headers, rows, sep=";", encoding="utf-8-sig"):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write("".join(csv_line(r, sep) for r in [headers] + rows).encode(encoding))


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
CT_XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"


def xlsx(rows, main_type=CT_XLSX, formula_at=None, serial_dates=None, extra_parts=None, pad_bytes=0):
    """A minimal workbook: one sheet with inline strings; serial_dates maps (row, col) to a day serial number."""
    serial_dates = serial_dates or {}
    sheet_rows = []
    for r, cells in enumerate(rows, start=1):
        xs = []
        for c, v in enumerate(cells):
            ref = f"{col(c)}{r}"
            if formula_at == (r, c):
                xs.append(f'<c r="{ref}"><f>{escape(v)}</f><v>3</v></c>')
            elif (r, c) in serial_dates:
                xs.append(f'<c r="{ref}"><v>{serial_dates[(r, c)]}</v></c>')
            elif v != "":
                xs.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(xs)}</row>')
    padding = " " * pad_bytes
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             f'<sheetData>{"".join(sheet_rows)}</sheetData>{padding}</worksheet>')
    overrides = f'<Override PartName="/xl/workbook.xml" ContentType="{main_type}"/>' \
                '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    defaults = '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
    if extra_parts and any(n.endswith(".bin") for n in extra_parts):
        defaults += '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
    parts = {
        "[Content_Types].xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">{defaults}{overrides}</Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Aktivitete" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    parts.update(extra_parts or {})
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, text in parts.items():
            z.writestr(name, text if isinstance(text, bytes) else text.encode("utf-8"))
    return buf.getvalue()


def write(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


def png(width=2, height=2):
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


PDF = b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"

# Good files.
write_csv("activities-good.csv", ACT_HEADERS_SQ, GOOD)
# Excel's day serial of 2023-11-06 is 45236; the English headers, in another order, are accepted too.
order = [2, 0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
write("activities-good.xlsx", xlsx([[ACT_HEADERS_EN[i] for i in order]] + [[r[i] for i in order] for r in GOOD], serial_dates={(2, 0): 45236}))
write_csv("activities-bad.csv", ACT_HEADERS_SQ, BAD)
write_csv("activities-comma.csv", ACT_HEADERS_SQ, GOOD[:2], sep=",")
write_csv("organisations-good.csv", ["Emri", "Emri në anglisht", "Akronimi", "Lloji", "Niveli", "Qarku"], [
    ["Qendra Komunitare \"Ura\"", "\"Ura\" Community Centre", "QKU", "Organizatë jofitimprurëse", "Rajonal", "AL-02"],
    ["Shkolla 9-vjeçare \"Ismail Qemali\"", "", "", "Shkollë", "Vendor", "Durrës"],
    ["Bashkia Durrës", "", "", "Pushtet vendor", "Vendor", "AL-02"],
    ["Shoqata pa qark", "", "", "Ngo", "Vendor", "Qarku i Hënës"],
])
write_csv("people-good.csv", ["Emri", "Mbiemri", "Titulli i nderit", "Pozicioni"], [
    ["Arta", "Dervishi", "Znj.", "Punonjëse sociale"],
    ["Besnik", "Hoxha", "Z.", "Specialist"],
    ["", "Pa Emër", "", ""],
])

# Hostile files.
write("hostile/not-a-spreadsheet.xlsx", png())
write("hostile/report.pdf.csv", PDF)
write("hostile/zip-bomb.xlsx", xlsx([ACT_HEADERS_SQ, GOOD[0]], pad_bytes=20 * 1024 * 1024))
write("hostile/macro-enabled.xlsx", xlsx([ACT_HEADERS_SQ, GOOD[0]], main_type=CT_XLSM, extra_parts={"xl/vbaProject.bin": b"\xd0\xcf\x11\xe0" + b"\x00" * 508}))
write("hostile/formula.xlsx", xlsx([ACT_HEADERS_SQ, GOOD[0][:9] + ["SUM(40,40)"] + GOOD[0][10:]], formula_at=(2, 9)))
write_csv("hostile/windows-1250.csv", ACT_HEADERS_SQ, GOOD[:2], encoding="cp1250")
write_csv("hostile/formula.csv", ACT_HEADERS_SQ, [GOOD[0][:9] + ["=40+40"] + GOOD[0][10:]])

# Attachments: real files and files whose name lies about their content.
write("attachments/signed-minutes.pdf", PDF)
write("attachments/photo.png", png(4, 4))
write("attachments/fake.pdf", b"Ky nuk eshte PDF, vetem tekst.\n")
write("attachments/workbook-named.docx", xlsx([ACT_HEADERS_SQ]))
