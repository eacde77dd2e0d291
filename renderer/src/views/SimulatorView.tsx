import { ComingSoon } from '../components/ComingSoon'

export function SimulatorView() {
  return (
    <ComingSoon title="Try as customer">
      <p>
        Type an order the way a customer would (&ldquo;2 kg aloo, 1 amul butter&rdquo;) and see how
        CounterChat understands and answers it, without a phone.
      </p>
    </ComingSoon>
  )
}
