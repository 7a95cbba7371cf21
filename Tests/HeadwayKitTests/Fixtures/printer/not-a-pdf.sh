#!/bin/sh
# Exits cleanly but writes something that is not a PDF.
cat >/dev/null
echo 'hello'
