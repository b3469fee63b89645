"""Prints HTML files to PDF in one headless Chromium session.

Usage: print_pdfs.py FILE.html [FILE.html ...]

Each file is printed as Chromium's print dialogue would save it as PDF, with the page
size and margins its CSS asks for and without the browser's own header and footer, to
FILE.pdf beside it. One browser prints them all, which is much quicker than starting
Chromium once per file. Prints each PDF's size. Exits 0 if every file printed, 2 if the
browser cannot be started or a print fails, 3 if selenium is missing. cfw's
RoleToolTests run it with /opt/cfw-venv/bin/python.
"""

import base64
import os
import shutil
import sys

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError as missing:
    print(f"selenium is not installed: {missing}", file=sys.stderr)
    sys.exit(3)

# Chrome DevTools Protocol, Page.printToPDF: without preferCSSPageSize the page would be
# US Letter whatever its @page rule says.
PRINT = {"preferCSSPageSize": True, "displayHeaderFooter": False}


def find(*names):
    for name in names:
        path = shutil.which(name)
        if path:
            return path
    return None


def start_browser():
    options = webdriver.ChromeOptions()
    for argument in ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"]:
        options.add_argument(argument)
    binary = find("chromium", "chromium-browser", "google-chrome")
    if binary:
        options.binary_location = binary
    driver = find("chromedriver")
    service = Service(executable_path=driver) if driver else Service()
    return webdriver.Chrome(service=service, options=options)


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        browser = start_browser()
    except Exception as error:  # the browser or its driver is missing or broken
        print(f"cannot start Chromium: {error}", file=sys.stderr)
        return 2
    try:
        for path in paths:
            browser.get("file://" + os.path.abspath(path))
            try:
                answer = browser.execute_cdp_cmd("Page.printToPDF", PRINT)
            except Exception as error:
                print(f"{path}: printing failed: {error}", file=sys.stderr)
                return 2
            pdf = base64.b64decode(answer["data"])
            target = os.path.splitext(path)[0] + ".pdf"
            with open(target, "wb") as output:
                output.write(pdf)
            print(f"{target}: {len(pdf)} bytes")
    finally:
        browser.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
