"""Drives wgvae's page in headless Chromium with WebGPU on, through selenium and Debian's
chromedriver, as a visitor would: it waits for the page to open its adapter, then carries out
a plan of steps, and prints the page's record (window.wgvaeState) as JSON on stdout.

Usage: check_page.py URL SCREENSHOT.png [PLAN.json] [--without-webgpu] [--downloads DIR]

The plan is a JSON list of steps, each an object with one key:
  {"set": {"epochs": 1}}            sets inputs by id (and fires their change event)
  {"click": "train"}                clicks a button by id
  {"files": {"checkpoint": [...]}}  gives file inputs files by path
  {"wait": "state.epochs.length > 0", "seconds": 600}
                                    waits until the expression over the page's record holds,
                                    or a new error shows in the page (unless the step has
                                    "errorsExpected": true, for bad input)
  {"screenshot": "path.png"}        saves a screenshot of the whole page
  {"script": "wgvaeSession.destroy()"}
                                    runs JavaScript in the page
The page's last status line is added as "statusLine"; a wait that times out or an error that
shows stops the plan and is reported as "planError". --without-webgpu leaves WebGPU off, as a
browser without it; --downloads lets the page save files into DIR. tests/browser.rs runs it.
"""

import json
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

args = sys.argv[1:]
url, screenshot = args[0], args[1]
plan_path = args[2] if len(args) > 2 and not args[2].startswith("--") else None
downloads = args[args.index("--downloads") + 1] if "--downloads" in args else None
options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
# --no-sandbox: CI runs as root, where Chromium's sandbox refuses to start.
flags = ["--headless=new", "--no-sandbox", "--window-size=1280,1000"]
if "--without-webgpu" not in args:
    flags.append("--enable-unsafe-webgpu")
for flag in flags:
    options.add_argument(flag)
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
STATE = "return window.wgvaeState || null"


def wait(expression, seconds, errors_expected=False):
    """Waits until `expression` (over `state`) holds; returns an error text otherwise (and, unless
    errors are expected, as soon as the page shows a new error)."""
    errors = len((driver.execute_script(STATE) or {}).get("errors", []))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        state = driver.execute_script(STATE)
        if state is not None:
            if len(state["errors"]) > errors and not errors_expected:
                return f"while waiting for {expression}: {state['errors'][-1]}"
            if driver.execute_script(f"const state = window.wgvaeState; return Boolean({expression});"):
                return None
        time.sleep(0.25)
    return f"{expression} did not hold within {seconds} s (status: {status()})"


def whole_page(path):
    """A screenshot of the whole page, top to bottom (the window grown to hold it)."""
    driver.execute_script("window.scrollTo(0, 0)")
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, height + 140)  # the window's frame around the page
    driver.save_screenshot(path)


def status():
    return driver.execute_script("return document.getElementById('status').textContent")


def step(s):
    if "set" in s:
        for element, value in s["set"].items():
            driver.execute_script(
                "const e = document.getElementById(arguments[0]); e.value = arguments[1];"
                "e.dispatchEvent(new Event('change'));",
                element,
                str(value),
            )
    elif "click" in s:
        driver.find_element(By.ID, s["click"]).click()
    elif "files" in s:
        for element, paths in s["files"].items():
            driver.find_element(By.ID, element).send_keys("\n".join(paths))
    elif "wait" in s:
        return wait(s["wait"], s.get("seconds", 300), s.get("errorsExpected", False))
    elif "script" in s:
        driver.execute_script(s["script"])
    elif "screenshot" in s:
        whole_page(s["screenshot"])
    else:
        return f"an unknown step {s}"
    return None


try:
    if downloads:
        driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    driver.get(url)
    problem = wait("state.ready || state.errors.length > 0", 180)
    plan = json.load(open(plan_path)) if plan_path else []
    for s in plan:
        if problem:
            break
        problem = step(s)
    whole_page(screenshot)
    state = driver.execute_script(STATE) or {"errors": []}
    state["statusLine"] = status()
    if problem:
        state["planError"] = problem
    print(json.dumps(state))
finally:
    driver.quit()
