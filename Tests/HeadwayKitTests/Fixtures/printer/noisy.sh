#!/bin/sh
# Writes a megabyte of errors before it reads its input, then reads it all and writes a PDF and how
# many bytes it read: a caller that fed the input before reading the errors would deadlock.
head -c 1048576 /dev/zero | tr '\0' 'e' >&2
bytes=$(wc -c | tr -d ' ')
printf '%%PDF-1.7 fake %s\n' "$bytes"
