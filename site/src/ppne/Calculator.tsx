/**
 * The household calculator, the site's one React island (hydrated when it scrolls into view,
 * on the PPNE page only). It computes with the published series it is given as props; the
 * arithmetic is `householdCost` of `@nlv/shared/ppne`, the same as the page's table.
 *
 * The form is rendered hidden on the server: without JavaScript a dead form would only
 * mislead, and the page's table of common households stands in for it (the paragraph said
 * until then also gives the island a box, which `client:visible` needs to see it).
 */
import { useEffect, useId, useRef, useState } from 'react'
import type { Locale } from '@nlv/shared/locales'
import {
  formatMoney,
  formatPercent,
  householdCost,
  ppneProfileGroups,
  shareOfIncome,
  type PpneProfileGroup,
} from '@nlv/shared/ppne-calc'
import type { PpneAdjustment } from '@nlv/shared/ppne'
import { fill, type CalculatorStrings } from './strings'

export interface CalculatorProps {
  locale: Locale
  strings: CalculatorStrings
  /** `2026-07` and « juillet 2026 ». */
  period: { code: string; label: string }
  profiles: Array<{ code: string; name: string; group: PpneProfileGroup }>
  profileCosts: Record<string, number>
  adjustments: PpneAdjustment[]
  threshold: number
  thresholdSource: string
  /** The household the form starts with (profile codes). */
  initial: string[]
}

/** A monthly income as typed in either language: « 2 450,50 », “2,450.50”, 2450. */
export function parseIncome(raw: string): number | null {
  const text = raw.replace(/[\s\u00a0\u202f$]/g, '')
  if (text === '') return null
  let normalised: string
  if (/^\d+(,\d{1,2})?$/.test(text)) normalised = text.replace(',', '.')
  else if (/^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(text)) normalised = text.replaceAll(',', '')
  else if (/^\d+(\.\d{1,2})?$/.test(text)) normalised = text
  else return Number.NaN
  return Number(normalised)
}

let nextKey = 0

export default function Calculator(props: CalculatorProps) {
  const { locale, strings: s, profiles } = props
  const id = useId()
  const [ready, setReady] = useState(false)
  const [members, setMembers] = useState(() =>
    props.initial.map((code) => ({ key: nextKey++, code })),
  )
  const [income, setIncome] = useState('')
  const focusKey = useRef<number | null>(null)
  const addButton = useRef<HTMLButtonElement>(null)
  useEffect(() => setReady(true), [])
  useEffect(() => {
    if (focusKey.current === null) return
    document.getElementById(`${id}-p${focusKey.current}`)?.focus()
    focusKey.current = null
  }, [members, id])

  const cost = members.length
    ? householdCost(
        { householdSizeAdjustments: props.adjustments },
        { period: props.period.code, profileCosts: props.profileCosts },
        members.map((m) => m.code),
      )
    : null
  const amount = parseIncome(income)
  const invalid = amount !== null && !Number.isFinite(amount)
  const share = cost && amount !== null && !invalid ? shareOfIncome(cost.monthly, amount) : null
  const size = members.length === 1 ? s.sizeOne : fill(s.sizeMany, { n: members.length })
  const thresholdText = formatPercent(props.threshold, locale, 0)

  const add = () => {
    const key = nextKey++
    focusKey.current = key
    setMembers((all) => [...all, { key, code: all.at(-1)?.code ?? profiles[0]!.code }])
  }
  const remove = (key: number) => {
    setMembers((all) => all.filter((m) => m.key !== key))
    addButton.current?.focus()
  }
  const print = () => {
    document.body.classList.add('ppne-print-result')
    window.print()
    document.body.classList.remove('ppne-print-result')
  }

  return (
    <div className="ppne-calc">
      {!ready && <p className="muted">{s.noScript}</p>}
      <div hidden={!ready}>
        <fieldset className="ppne-calc__people">
          <legend>{s.members}</legend>
          <ol>
            {members.map((member, index) => (
              <li key={member.key}>
                <label htmlFor={`${id}-p${member.key}`}>{fill(s.person, { n: index + 1 })}</label>
                <span className="ppne-calc__row">
                  <select
                    id={`${id}-p${member.key}`}
                    value={member.code}
                    onChange={(e) => {
                      const code = e.target.value
                      setMembers((all) =>
                        all.map((m) => (m.key === member.key ? { ...m, code } : m)),
                      )
                    }}
                  >
                    {ppneProfileGroups.map((group) => {
                      const options = profiles.filter((p) => p.group === group)
                      return options.length ? (
                        <optgroup key={group} label={s.groups[group]}>
                          {options.map((p) => (
                            <option key={p.code} value={p.code}>
                              {p.name}
                            </option>
                          ))}
                        </optgroup>
                      ) : null
                    })}
                  </select>
                  <button
                    type="button"
                    className="ppne-calc__remove"
                    onClick={() => remove(member.key)}
                    disabled={members.length === 1}
                    aria-label={fill(s.remove, { n: index + 1 })}
                  >
                    ×
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <button type="button" ref={addButton} className="button" onClick={add}>
            {s.addPerson}
          </button>
        </fieldset>

        <div className="ppne-calc__income">
          <label htmlFor={`${id}-income`}>{s.income}</label>
          <p id={`${id}-income-help`} className="muted">
            {s.incomeHelp}
          </p>
          <input
            id={`${id}-income`}
            type="text"
            inputMode="decimal"
            autoComplete="off"
            value={income}
            onChange={(e) => setIncome(e.target.value)}
            aria-invalid={invalid || undefined}
            aria-describedby={`${id}-income-help${invalid ? ` ${id}-income-error` : ''}`}
          />
          {invalid && (
            <p id={`${id}-income-error`} className="ppne-calc__error">
              {s.incomeInvalid}
            </p>
          )}
        </div>

        <section className="ppne-calc__result" aria-labelledby={`${id}-result`}>
          <h3 id={`${id}-result`}>{s.result}</h3>
          <div aria-live="polite" aria-atomic="true">
            {cost && (
              <p className="ppne-calc__cost">
                {fill(s.resultCost, {
                  size,
                  cost: formatMoney(cost.monthly, locale),
                  period: props.period.label,
                })}
              </p>
            )}
            {share === null ? (
              <p>{s.resultNoIncome}</p>
            ) : (
              <p>
                <strong>
                  {fill(s.resultShare, {
                    share: formatPercent(share, locale),
                    income: formatMoney(amount!, locale),
                  })}
                </strong>{' '}
                {share > props.threshold
                  ? fill(s.resultAbove, { threshold: thresholdText })
                  : fill(s.resultBelow, { threshold: thresholdText })}
              </p>
            )}
          </div>
          {cost && (
            <p className="muted">
              {fill(s.factor, {
                factor: cost.factor.toLocaleString(locale === 'fr' ? 'fr-CA' : 'en-CA'),
              })}{' '}
              {fill(s.thresholdSource, { source: props.thresholdSource })}
            </p>
          )}
          <ul className="ppne-calc__print-list">
            {members.map((m, i) => (
              <li key={m.key}>
                {fill(s.person, { n: i + 1 })}
                {locale === 'fr' ? ' : ' : ': '}
                {profiles.find((p) => p.code === m.code)?.name}
              </li>
            ))}
          </ul>
          <button type="button" className="button" onClick={print}>
            {s.print}
          </button>
        </section>
      </div>
    </div>
  )
}
