#!/bin/sh
# Starts a child that would outlive it, writes the child's process id beside itself, then waits:
# the timeout must stop the child as well as the printer.
sleep 600 &
echo $! > "$(dirname "$0")/child.pid"
wait
