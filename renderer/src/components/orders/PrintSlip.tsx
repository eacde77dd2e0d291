import { useTranslation } from 'react-i18next'
import type { OrderDetail } from '../../../../shared/contract/orders'
import type { Currency } from '../../../../shared/money'
import { useShopName } from '../../stores/app'
import { PAYMENT_LABEL } from './words'
import { useFormat } from '../../i18n/format'
import { formatDateTime } from '../../../../shared/locale'

/**
 * The packing slip, dated and priced like the printed receipt ("1.12.2026, 23:38", "3,29 €" in a German shop):
 * hidden on screen, the only thing printed (see `@media print` in app.css). "Print slip"
 * calls window.print(), so the shopkeeper can print it or save it as a PDF from the browser's dialog.
 */
export function PrintSlip({ order: o }: { order: OrderDetail }) {
  const { t } = useTranslation()
  const shop = useShopName()
  const fmt = useFormat()
  const currency = o.currency as Currency
  return (
    <div className="print-slip" aria-hidden="true" data-testid="print-slip">
      <h1>{shop ?? 'CounterChat'}</h1>
      <p className="slip-number">{t('orders.orderTitle', { number: o.number })}</p>
      <p>{formatDateTime(o.createdAt, fmt.locale, fmt.timeZone)}</p>
      <p>
        {o.customerName ? `${o.customerName} · ` : ''}
        {o.customer}
      </p>
      <p>
        {o.fulfilment === 'delivery'
          ? t('orders.slipDelivery', { address: o.address ?? t('orders.slipNoAddress') })
          : t('orders.slipPickup')}
      </p>
      {o.customerNotes && <p>{t('orders.slipNotes', { notes: o.customerNotes })}</p>}
      {o.note && <p>{t('orders.slipNote', { note: o.note })}</p>}
      <table>
        <thead>
          <tr>
            <th>{t('lines.item')}</th>
            <th>{t('lines.qty')}</th>
            <th>{t('lines.amount')}</th>
          </tr>
        </thead>
        <tbody>
          {o.lines.map((l) => (
            <tr key={l.position}>
              <td>{l.name}</td>
              <td>
                {l.qty} {l.unit}
              </td>
              <td>{fmt.money(l.amount, currency)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>{t('lines.total')}</td>
            <td>{fmt.money(o.total, currency)}</td>
          </tr>
        </tfoot>
      </table>
      <p>{t('orders.slipPayment', { state: PAYMENT_LABEL[o.payment] })}</p>
    </div>
  )
}
