/// The Python program a `PrintWorker` runs (`python3 -c`): it imports WeasyPrint once and prints every
/// document it is given, so that a batch pays Python's and WeasyPrint's start (about a second) once per
/// worker instead of once per PDF.
///
/// Frames: Headway writes each document as an 8-byte big-endian length and the HTML (UTF-8); the
/// program answers `R` once it is ready, then `P` and the PDF, or `E` and the exception's last line,
/// each as a kind byte, an 8-byte big-endian length and the bytes. It stops at the end of its input.
/// It prints as `weasyprint --quiet --base-url about:blank - -` does (the same defaults, so the same
/// bytes), except that its URL fetcher refuses every URL: nothing is loaded, not even a local file.
/// Its standard output is kept for frames only: anything else printed goes to standard error. Modules
/// are never imported from the working folder (which `python -c` would search first).
enum WeasyPrintProgram {
    static let source = #"""
        import sys
        if sys.path and sys.path[0] == "":
            del sys.path[0]  # `-c` puts the working folder first: a weasyprint.py there must not be imported
        import io, os, struct, traceback
        answers = os.fdopen(os.dup(1), "wb")
        os.dup2(2, 1)
        sys.stdout = sys.stderr
        documents = sys.stdin.buffer

        def answer(kind, data):
            answers.write(kind + struct.pack(">Q", len(data)) + data)
            answers.flush()

        def refuse(url, *args, **kwargs):
            raise ValueError("Headway's printer loads nothing: " + url[:80])

        from weasyprint import HTML
        answer(b"R", b"")
        while True:
            header = documents.read(8)
            if len(header) < 8:
                break
            length = struct.unpack(">Q", header)[0]
            html = documents.read(length)
            if len(html) < length:
                break
            try:
                pdf = HTML(file_obj=io.BytesIO(html), base_url="about:blank", url_fetcher=refuse).write_pdf()
            except BaseException as error:
                answer(b"E", "".join(traceback.format_exception_only(type(error), error)).encode("utf-8", "replace"))
            else:
                answer(b"P", pdf)
        """#
}
