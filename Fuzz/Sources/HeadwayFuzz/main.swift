// Runs libFuzzer's driver (from libclang_rt.fuzzer_no_main, linked by scripts/fuzz) on the target named
// by HEADWAY_FUZZ_TARGET (notes, config or templates; notes when unset).
import Foundation

let name = ProcessInfo.processInfo.environment["HEADWAY_FUZZ_TARGET"] ?? "notes"
guard let target = FuzzTarget(rawValue: name) else {
    let known = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
    FileHandle.standardError.write(Data("HEADWAY_FUZZ_TARGET '\(name)' is not a target: use \(known)\n".utf8))
    exit(2)
}
let selected = target

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runDriver(&argc, &argv) { data, size in
    selected.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
    return 0
})
