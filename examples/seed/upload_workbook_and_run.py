#!/usr/bin/env python3
"""Bora's equivalent of the seed document's scripts/upload_workbook_and_run.py.

Creates the v1 workbook "my_workbook", uploads my_workbook.yaml as its definition, starts an
execution towards the task "my_task" and prints the execution until it is SUCCESS (or ERROR).
Python 3 standard library only.

    python3 upload_workbook_and_run.py [--url http://localhost:8989/v1] [--definition my_workbook.yaml]
                                       [--workbook my_workbook] [--task my_task]
"""

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))


def call(method, url, body=None, text=None):
    headers = {'Accept': 'application/json'}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers['Content-Type'] = 'application/json'
    elif text is not None:
        data = text.encode()
        headers['Content-Type'] = 'text/plain'
    req = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read().decode()
            return json.loads(raw) if 'json' in resp.headers.get('Content-Type', '') and raw else raw
    except urllib.error.HTTPError as e:
        raw = e.read().decode(errors='replace')
        try:
            raw = json.loads(raw).get('faultstring', raw)
        except ValueError:
            pass
        raise SystemExit('%s %s failed (%s): %s' % (method, url, e.code, raw))


def show(kind, obj, keys):
    # The seed printed its client objects as "Kind [key='value', ...]".
    return '%s [%s]' % (kind, ', '.join("%s='%s'" % (k, obj.get(k)) for k in keys))


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--url', default=os.environ.get('OS_MISTRAL_URL', 'http://localhost:8989/v1'))
    p.add_argument('--workbook', default='my_workbook')
    p.add_argument('--definition', default=os.path.join(HERE, 'my_workbook.yaml'))
    p.add_argument('--task', default='my_task')
    p.add_argument('--timeout', type=float, default=60.0, help='seconds to wait for the end')
    a = p.parse_args()
    base = a.url.rstrip('/')
    wb_url = '%s/workbooks/%s' % (base, a.workbook)

    # Start from a clean slate, as the seed's script ran on a fresh server.
    try:
        call('DELETE', wb_url)
    except SystemExit:
        pass
    wb = call('POST', base + '/workbooks',
              body={'name': a.workbook, 'description': 'My test workbook', 'tags': ['test']})
    print('Created workbook: %s' % show('Workbook', wb, ('description', 'name', 'tags')))

    with open(a.definition) as f:
        definition = f.read()
    uploaded = call('PUT', wb_url + '/definition', text=definition)
    print('\nUploaded workbook:\n"\n%s\n"\n' % uploaded)

    ex = call('POST', wb_url + '/executions',
              body={'workbook_name': a.workbook, 'task': a.task})
    keys = ('state', 'task', 'id', 'context', 'workbook_name')
    deadline = time.monotonic() + a.timeout
    while True:
        print('execution: %s' % show('Execution', ex, keys))
        if ex.get('state') in ('SUCCESS', 'ERROR', 'STOPPED'):
            return 0 if ex.get('state') == 'SUCCESS' else 1
        if time.monotonic() > deadline:
            print('gave up after %.0f s' % a.timeout, file=sys.stderr)
            return 1
        time.sleep(0.5)
        ex = call('GET', '%s/executions/%s' % (wb_url, ex['id']))


if __name__ == '__main__':
    sys.exit(main())
