"""Checks HTML files for accessibility problems with axe-core, in headless Chromium.

Usage: axe_check.py FILE.html [FILE.html ...]

Each file is opened at a desktop and a phone window size, and axe-core runs the rules
tagged WCAG 2.0/2.1 A and AA (the 2.1 tags only where the installed axe-core knows
them). Prints each violation. Exits 0 if there are none, 1 if there are any, 2 if the
browser cannot be started or axe-core fails, 3 if selenium or axe-selenium-python is
missing. cfw's HTMLToolTests run it with /opt/cfw-venv/bin/python.
"""

import os
import shutil
import sys

try:
    from axe_selenium_python import Axe
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError as missing:
    print(f"selenium or axe-selenium-python is not installed: {missing}", file=sys.stderr)
    sys.exit(3)

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
# Runs axe-core and hands back its results, or its error: a rejected promise would
# otherwise never call back, and the script would wait until it times out.
RUN = """
var done = arguments[arguments.length - 1];
var tags = arguments[0].filter(function (tag) { return axe.getRules([tag]).length > 0; });
axe.run(document, {runOnly: {type: "tag", values: tags}})
  .then(function (results) { done({results: results, tags: tags}); })
  .catch(function (error) { done({error: String(error)}); });
"""
WINDOWS = [("desktop", 1280, 1000), ("phone", 390, 844)]


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
    browser = webdriver.Chrome(service=service, options=options)
    # axe-core takes a while over a long handbook; the default limit is 30 seconds.
    browser.set_script_timeout(600)
    return browser


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        browser = start_browser()
    except Exception as error:  # the browser or its driver is missing or broken
        print(f"cannot start Chromium: {error}", file=sys.stderr)
        return 2
    failures = 0
    try:
        for path in paths:
            url = "file://" + os.path.abspath(path)
            for window, width, height in WINDOWS:
                browser.set_window_size(width, height)
                browser.get(url)
                axe = Axe(browser)
                axe.inject()
                answer = browser.execute_async_script(RUN, TAGS)
                if "error" in answer:
                    print(f"{path} ({window}): axe-core failed: {answer['error']}", file=sys.stderr)
                    return 2
                results = answer["results"]
                violations = results["violations"]
                print(f"{path} ({window}, {' '.join(answer['tags'])}): {len(violations)} "
                      f"violations, {len(results['passes'])} rules passed")
                if violations:
                    failures += len(violations)
                    print(axe.report(violations))
    finally:
        browser.quit()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
