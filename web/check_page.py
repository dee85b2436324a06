"""Loads wgvae's page in headless Chromium with WebGPU on, through selenium and Debian's
chromedriver; waits for the page's check (window.wgvaeCheck), prints it as JSON on stdout and
saves a screenshot. Usage: check_page.py URL SCREENSHOT.png [--without-webgpu] (the last
leaves WebGPU off, as a browser without it). tests/browser.rs runs it."""

import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

url, screenshot = sys.argv[1], sys.argv[2]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
# --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
flags = ["--headless=new", "--no-sandbox", "--window-size=1000,700"]
if "--without-webgpu" not in sys.argv[3:]:
    flags.append("--enable-unsafe-webgpu")
for flag in flags:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
try:
    driver.get(url)
    deadline = time.monotonic() + 180
    check = None
    while check is None and time.monotonic() < deadline:
        time.sleep(0.5)
        check = driver.execute_script("return window.wgvaeCheck || null")
    driver.save_screenshot(screenshot)
    status = driver.execute_script("return document.getElementById('status').textContent")
    if check is None:
        check = {"error": f"the page gave no result in 180 s (status: {status})"}
    # What the visitor reads in the page, beside what the script saw.
    check["status"] = status
    print(json.dumps(check))
finally:
    driver.quit()
