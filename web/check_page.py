"""Loads wgvae's page in headless Chromium with WebGPU on, through selenium and Debian's
chromedriver; waits for the page's check (window.wgvaeCheck), prints it as JSON on stdout and
saves a screenshot. Usage: check_page.py URL SCREENSHOT.png. tests/browser.rs runs it."""

import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

url, screenshot = sys.argv[1], sys.argv[2]
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
# --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
for flag in ["--headless=new", "--enable-unsafe-webgpu", "--no-sandbox", "--window-size=1000,700"]:
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
    if check is None:
        status = driver.execute_script("return document.getElementById('status').textContent")
        check = {"error": f"the page gave no result in 180 s (status: {status})"}
    print(json.dumps(check))
finally:
    driver.quit()
