#!/usr/bin/env python3
"""Real-browser check of `doclint serve`: headless Chromium (Debian's chromium + chromium-driver,
driven by Selenium from PyPI) opens the page, uploads an example document, pastes a hostile one,
uploads a scan and the example as a Word file (downloading its reviewed copy), and checks what a
clerk would see. Usage: check_page.py BASE_URL EXAMPLE_FILE OUT_DIR"""
import json
import os
import subprocess
import sys
import time
import urllib.request
import zipfile

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as conditions
from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.support.ui import WebDriverWait

base, example, out_dir = sys.argv[1].rstrip("/") + "/", os.path.abspath(sys.argv[2]), os.path.abspath(sys.argv[3])
os.makedirs(out_dir, exist_ok=True)
failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def downloaded(path):
    """The browser's download has landed (waits up to 10 s)."""
    for _ in range(100):
        if os.path.exists(path):
            return True
        time.sleep(0.1)
    return False


def api_lint(data, name):
    request = urllib.request.Request(base + "api/lint?filename=" + name, data=data, method="POST")
    try:
        with urllib.request.urlopen(request) as response:
            return json.load(response)
    except urllib.error.HTTPError as error:
        return json.load(error)


options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2400", "--lang=vi"):
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": out_dir, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(base)
    check("thể thức" in driver.title, "the page loads with its Vietnamese title")
    console_errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    check(not console_errors, "no script or policy errors on load " + repr(console_errors))

    # 1. Choose the example file as a clerk would, and submit.
    driver.find_element(By.ID, "file").send_keys(example)
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 30).until(conditions.presence_of_element_located((By.CSS_SELECTOR, "#result .report")))
    with open(example, "rb") as handle:
        expected = api_lint(handle.read(), os.path.basename(example))["diagnostics"]
    findings = driver.find_elements(By.CSS_SELECTOR, "#result .findings .finding")
    check(len(findings) == len(expected) > 0, f"the findings list shows the API's {len(expected)} findings (saw {len(findings)})")
    errors = sum(1 for d in expected if d["severity"] == "error")
    summary = driver.find_element(By.CSS_SELECTOR, "#result .summary").text
    check(f"{errors} lỗi" in summary, f"the summary says “{errors} lỗi”: {summary!r}")
    marks = driver.find_elements(By.CSS_SELECTOR, "#result .doc mark.sev-error")
    check(len(marks) > 0, f"error ranges are highlighted in the document ({len(marks)} marks)")
    first = expected[0]
    line = driver.find_element(By.ID, f"L{first['line']}")
    check(line.find_elements(By.CSS_SELECTOR, "mark") != [], f"line {first['line']} of the first finding carries a highlight")
    check(driver.find_elements(By.CSS_SELECTOR, "#result .checklist tr.item-present") != [], "the checklist lists components found")
    check(driver.find_elements(By.CSS_SELECTOR, "#result button[data-action=print]") != [], "a print button is offered")
    driver.save_screenshot(os.path.join(out_dir, "report.png"))

    # 2. Download the fixed text.
    fixed_buttons = driver.find_elements(By.CSS_SELECTOR, "#result button[data-action=download-fixed]")
    check(fixed_buttons != [], "a fixed .txt is offered")
    if fixed_buttons:
        fixed_buttons[0].click()
        stem = os.path.splitext(os.path.basename(example))[0]
        target = os.path.join(out_dir, stem + "-da-sua.txt")
        check(downloaded(target), "the fixed text downloads as " + os.path.basename(target))
        if os.path.exists(target):
            with open(target, "rb") as handle:
                after = api_lint(handle.read(), "x.txt")["diagnostics"]
            check(not any(d.get("fix") and d["fix"]["safe"] for d in after), "the downloaded text has no safe fix left")

    # 3. Paste a document that carries markup: it must show as text and never run.
    hostile = open(example, encoding="utf-8").read().replace(
        "\n", "\n<script>window.__doclintInjected = 1</script><img src=x onerror=\"window.__doclintInjected = 2\">\n", 8)
    textarea = driver.find_element(By.ID, "text")
    driver.execute_script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));", textarea, hostile)
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 30, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(lambda d: "van-ban-dan.txt" in d.find_element(By.CSS_SELECTOR, "#result .report .file").text)
    time.sleep(0.5)
    check(driver.execute_script("return window.__doclintInjected === undefined;"), "markup in the document did not run")
    check("<script>window.__doclintInjected = 1</script>" in driver.find_element(By.CSS_SELECTOR, "#result .doc").text,
          "markup in the document is shown as text")
    check(driver.find_elements(By.CSS_SELECTOR, "#result .doc script, #result .doc img") == [], "no element was made from the document's text")
    driver.save_screenshot(os.path.join(out_dir, "hostile.png"))

    # 4. Upload a scanned letter (an image): Tesseract reads it, the page shows its text and findings.
    scan = os.path.abspath("Tests/CLITests/Fixtures/cong-van-sach-scan.png")
    if os.path.exists("/usr/bin/tesseract") and os.path.exists(scan):
        driver.find_element(By.ID, "text").clear()
        driver.execute_script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'));", driver.find_element(By.ID, "text"))
        driver.find_element(By.ID, "file").send_keys(scan)
        driver.find_element(By.ID, "submit").click()
        WebDriverWait(driver, 60, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
            lambda d: "cong-van-sach-scan.png" in d.find_element(By.CSS_SELECTOR, "#result .report .file").text)
        document = driver.find_element(By.CSS_SELECTOR, "#result .doc").text
        check("Giao Sở Nội vụ chủ trì" in document, "the scan's recognised text is shown")
        summary = driver.find_element(By.CSS_SELECTOR, "#result .summary").text
        check("0 lỗi" in summary or "Không có lỗi" in summary, f"a scan of a clean letter has no error: {summary!r}")
        check(driver.find_elements(By.CSS_SELECTOR, "#result button[data-action=download-fixed]") == [], "no fixed copy is offered for a scan")
        driver.save_screenshot(os.path.join(out_dir, "scan.png"))

    # 5. A Word file: the reviewed copy downloads with a comment per finding and, box ticked, the
    # safe fixes as tracked changes.
    subprocess.run([sys.executable, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "fuzz", "make_docx_seeds.py"), out_dir, example], check=True)
    word = os.path.join(out_dir, os.path.splitext(os.path.basename(example))[0] + ".docx")
    driver.execute_script("arguments[0].value = ''; arguments[0].dispatchEvent(new Event('input'));", driver.find_element(By.ID, "text"))
    driver.find_element(By.ID, "file").send_keys(word)
    driver.find_element(By.ID, "submit").click()
    WebDriverWait(driver, 30, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException)).until(
        lambda d: os.path.basename(word) in d.find_element(By.CSS_SELECTOR, "#result .report .file").text)
    reviewed_buttons = driver.find_elements(By.CSS_SELECTOR, "#result button[data-action=download-reviewed]")
    check(reviewed_buttons != [], "a reviewed Word file is offered for a .docx")
    with open(word, "rb") as handle:
        word_findings = api_lint(handle.read(), os.path.basename(word))["diagnostics"]
    fixes_box = driver.find_elements(By.CSS_SELECTOR, "#result input[data-option=review-fixes]")
    check(fixes_box != [], "the safe fixes can be asked for as tracked changes")
    if fixes_box:
        fixes_box[0].click()
    if reviewed_buttons:
        reviewed_buttons[0].click()
        target = os.path.join(out_dir, os.path.splitext(os.path.basename(word))[0] + "-ra-soat.docx")
        check(downloaded(target), "the reviewed copy downloads as " + os.path.basename(target))
        if os.path.exists(target):
            with zipfile.ZipFile(target) as package:
                comments = package.read("word/comments.xml").decode("utf-8").count("<w:comment ")
                document = package.read("word/document.xml").decode("utf-8")
            check(comments == len(word_findings), f"one comment per finding ({comments} for {len(word_findings)})")
            check("<w:ins " in document and "<w:del " in document, "the ticked box put the fixes in as tracked changes")
        driver.save_screenshot(os.path.join(out_dir, "word.png"))
finally:
    driver.quit()

print("browser check: " + ("ok" if not failures else f"{len(failures)} failure(s)"))
sys.exit(1 if failures else 0)
