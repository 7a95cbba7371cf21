extension Double {
    /// `self - other` with binary floating-point noise removed (3.6 → 4.6 is a change of exactly 1, not
    /// 0.9999999999999996), so that thresholds such as "change ≥ 1" and "±6 points" behave as a
    /// clinician computing by hand would expect.
    func difference(from other: Double) -> Double {
        ((self - other) * 1e9).rounded() / 1e9
    }
}
