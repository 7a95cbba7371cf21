import HeadwayCLI

/// The `headway` executable: everything happens in `HeadwayCommand`.
@main
enum HeadwayMain {
    static func main() async {
        await HeadwayCommand.main()
    }
}
