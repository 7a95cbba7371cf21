#!/bin/sh
# Fails with an error line holding a terminal escape and a right-to-left override.
printf 'ValueError: bad \033[31mred\342\200\256 text\n' >&2
exit 2
