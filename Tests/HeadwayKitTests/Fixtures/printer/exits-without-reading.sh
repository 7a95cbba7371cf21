#!/bin/sh
# Writes a PDF and exits without reading its input: the caller's writes then fail (EPIPE).
printf '%%PDF-1.7 fake\n'
exit 0
