"""Reads cfw's CSV output back with Python's csv module.

Usage:
  csv_roundtrip.py FRAMEWORK.json INDICATORS.csv [--bom]
      Checks that the indicator spreadsheet (cfw build --emit csv) holds the same
      indicators as the JSON document (cfw build --emit json): the same texts, level
      codes and polarities, in the same order. With --bom the file must start with a
      UTF-8 byte-order mark; without it, it must not.
  csv_roundtrip.py --dump FILE.csv
      Prints the records of any CSV file as a JSON array of arrays of strings.

Every file must be UTF-8 with CRLF after every record (RFC 4180). Exits 0 when all is
well, 1 with a message per problem otherwise. The CSV tests of cfw run this script.
"""

import csv
import io
import json
import sys


def read_records(path, bom):
    with open(path, "rb") as file:
        data = file.read()
    problems = []
    has_bom = data.startswith(b"\xef\xbb\xbf")
    if bom != has_bom:
        problems.append(f"{path}: byte-order mark {'missing' if bom else 'not expected'}")
    text = data.decode("utf-8-sig")
    if not text.endswith("\r\n"):
        problems.append(f"{path}: the last record does not end in CRLF")
    records = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    # Outside quoted fields every line break must be CRLF: rejoining the records with
    # CRLF must give the file back.
    buffer = io.StringIO(newline="")
    csv.writer(buffer, lineterminator="\r\n").writerows(records)
    if buffer.getvalue() != text:
        problems.append(f"{path}: not minimal RFC 4180 (line ends or quoting differ)")
    return records, problems


def json_indicators(document):
    """(text, level code, polarity) of every indicator, in Competency.allIndicators order."""
    result = []

    def competency(node):
        for indicator_list in node["indicators"]:
            for item in indicator_list["items"]:
                result.append((item["text"], "", item["polarity"]))
        for block in node["levels"]:
            for item in block["indicators"]:
                result.append((item["text"], block["code"], item["polarity"]))
        for theme in node["themes"]:
            for block in theme["levels"]:
                for item in block["indicators"]:
                    result.append((item["text"], block["code"], item["polarity"]))
        for indicator_list in node["negatives"]:
            for item in indicator_list["items"]:
                result.append((item["text"], "", item["polarity"]))

    def member(node):
        if node["kind"] == "group":
            for child in node["members"]:
                member(child)
        elif node["kind"] == "competency":
            competency(node)

    for content in document["contents"]:
        member(content)
    return result


def check_indicators(json_path, csv_path, bom):
    with open(json_path, encoding="utf-8") as file:
        document = json.load(file)
    records, problems = read_records(csv_path, bom)
    header, rows = records[0], records[1:]
    expected_header = ["Framework", "Group", "Competency", "Theme", "Level", "Level label",
                       "Polarity", "Indicator", "References"]
    if header != expected_header:
        problems.append(f"{csv_path}: header is {header}")
    for number, row in enumerate(rows, start=2):
        if len(row) != len(expected_header):
            problems.append(f"{csv_path}:{number}: {len(row)} fields")
        elif row[0] != document["title"]:
            problems.append(f"{csv_path}:{number}: framework ‘{row[0]}’")
    actual = [(row[7], row[4], row[6]) for row in rows if len(row) == len(expected_header)]
    expected = json_indicators(document)
    if len(actual) != len(expected):
        problems.append(f"{csv_path}: {len(actual)} indicators, the JSON has {len(expected)}")
    for index, (got, want) in enumerate(zip(actual, expected)):
        if got != want:
            problems.append(f"{csv_path}: indicator {index + 1} is {got}, the JSON has {want}")
            break
    if not problems:
        print(f"ok: {len(actual)} indicators")
    return problems


def main(arguments):
    if len(arguments) == 2 and arguments[0] == "--dump":
        records, problems = read_records(arguments[1], bom=False)
        print(json.dumps(records, ensure_ascii=False))
    elif len(arguments) in (2, 3) and arguments[2:] in ([], ["--bom"]):
        problems = check_indicators(arguments[0], arguments[1], bom=arguments[2:] == ["--bom"])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
