#!/bin/sh
# A printer that never finishes: it neither reads its input nor exits.
exec sleep 600
