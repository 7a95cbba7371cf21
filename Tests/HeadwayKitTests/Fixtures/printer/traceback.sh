#!/bin/sh
# Fails the way WeasyPrint does on a document nested too deeply: a long Python traceback.
echo 'Traceback (most recent call last):' >&2
i=0
while [ $i -lt 2000 ]; do
  echo '  File "/usr/lib/python3/dist-packages/cssselect2/tree.py", line 136, in ancestors' >&2
  echo '    self.parent.ancestors + (self.parent,))' >&2
  i=$((i + 1))
done
echo 'RecursionError: maximum recursion depth exceeded' >&2
exit 1
