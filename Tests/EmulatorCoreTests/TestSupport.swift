@testable import EmulatorCore
import ReAPIEmulatorTesting

/// The shared harness with a validator that takes any prompt as a fixed 1024x1024 PNG order
/// of 10 credits, and 1,000 credits per new key: for tests of the engine, not of a model.
func fixedHarness(provider: Provider = .reapi, validator: FixedOrderValidator = FixedOrderValidator()) -> EmulatorHarness {
    // The fixed validator never fails to apply an empty scenario.
    try! EmulatorHarness(provider: provider, credits: 1_000, validator: validator)
}
