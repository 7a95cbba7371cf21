import Testing
@testable import HeadwayKit

/// Numbers as reports show them, including magnitudes where `value * 100` loses digits or overflows.
@Suite struct DisplayFormatTests {
    @Test func ordinaryNumbersKeepTwoDecimals() {
        #expect(DisplayFormat.number(6) == "6")
        #expect(DisplayFormat.number(6.256) == "6.26")
        #expect(DisplayFormat.number(-0.001) == "0")
        #expect(DisplayFormat.signed(-1.5) == "−1.5")
        #expect(DisplayFormat.signed(2) == "+2")
    }

    @Test func numbersFrom10To15OnPrintAsNumbers() {
        #expect(DisplayFormat.number(1e15) == "1000000000000000")
        #expect(DisplayFormat.number(2_000_000_000_000_000.5) == "2000000000000000.5")
        #expect(DisplayFormat.number(-1e15) == "-1000000000000000")
        #expect(DisplayFormat.number(123_456_789_012_345_680) == "123456789012345680")
        #expect(DisplayFormat.number(1e21) == "1e+21")
        #expect(DisplayFormat.number(1.5e308) == "1.5e+308")
        #expect(DisplayFormat.signed(1.5e308) == "+1.5e+308")
        #expect(DisplayFormat.signed(-1.7e308) == "−1.7e+308")
    }

    @Test func aValueThatIsNotFiniteIsAbsent() {
        #expect(DisplayFormat.number(.infinity) == nil)
        #expect(DisplayFormat.signed(.infinity) == nil)
        #expect(DisplayFormat.number(.nan) == nil)
    }

    @Test func jsonWritesWholeNumbersInDigitsWhileIntHoldsThem() {
        #expect(JSONValue.format(1e15) == "1000000000000000")
        #expect(JSONValue.format(8.9e18) == "8900000000000000000")
        #expect(JSONValue.format(1e19) == "1e+19")
        #expect(JSONValue.format(.infinity) == "null")
    }
}
