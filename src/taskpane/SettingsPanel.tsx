import { Body1, Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { WorkbookStatus } from '../app/workbook-host';
import type { Settings } from '../core/settings/settings';
import type { MessageKey } from '../i18n';
import { useT } from './i18n-context';
import { Section } from './Section';
import { parseForm, toForm, type FieldName, type SettingsErrors, type SettingsForm } from './settings-form';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

// The amount may be written "1,5 mkr" (SPEC §3), so its keyboard has letters; the others are digits.
const FIELDS: { name: FieldName; label: MessageKey; hint: MessageKey; inputMode: 'numeric' | 'text' }[] = [
  {
    name: 'ikpThreshold',
    label: 'settings.ikpThreshold',
    hint: 'settings.ikpThreshold.hint',
    inputMode: 'numeric',
  },
  {
    name: 'actionThreshold',
    label: 'settings.actionThreshold',
    hint: 'settings.actionThreshold.hint',
    inputMode: 'numeric',
  },
  {
    name: 'procurementThreshold',
    label: 'settings.procurementThreshold',
    hint: 'settings.procurementThreshold.hint',
    inputMode: 'text',
  },
  { name: 'planYear', label: 'settings.planYear', hint: 'settings.planYear.hint', inputMode: 'numeric' },
];

const PLAN_YEAR_SOURCE: Record<WorkbookStatus['planYear']['source'], MessageKey> = {
  title: 'planYear.title',
  setting: 'planYear.setting',
  option: 'planYear.option',
  majority: 'planYear.majority',
  none: 'planYear.none',
};

interface Props {
  status: WorkbookStatus;
  disabled: boolean;
  /** Resolves true when the settings were saved (a failure is reported by the caller). */
  onSave: (settings: Settings) => Promise<boolean>;
}

/** The thresholds of SPEC §4 and §7 and the plan year, stored in the workbook by the host. */
export function SettingsPanel({ status, disabled, onSave }: Props) {
  const styles = useStyles();
  const tr = useT();
  const [form, setForm] = useState<SettingsForm>(() => toForm(status.settings));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  // The workbook is the truth: show what it holds whenever that changes (not on every re-read,
  // which would throw away what the user is typing).
  const stored = JSON.stringify(status.settings);
  useEffect(() => setForm(toForm(JSON.parse(stored) as Settings)), [stored]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const parsed = parseForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      setSaved(await onSave(parsed.settings));
    } finally {
      setSaving(false);
    }
  };

  const { year, source } = status.planYear;
  return (
    <Section title={tr('settings.heading')}>
      <form className={styles.form} onSubmit={submit} noValidate>
        {FIELDS.map(({ name, label, hint, inputMode }) => {
          const error = errors[name];
          return (
            <Field
              key={name}
              label={tr(label)}
              hint={tr(hint)}
              validationMessage={error ? tr(error.key, error.vars) : undefined}
            >
              <Input
                inputMode={inputMode}
                value={form[name]}
                disabled={disabled || saving}
                onChange={(_, data) => {
                  setSaved(false);
                  setForm((current) => ({ ...current, [name]: data.value }));
                }}
              />
            </Field>
          );
        })}
        <Body1>{tr(PLAN_YEAR_SOURCE[source], { year: year ?? '' })}</Body1>
        <div className={styles.actions}>
          <Button type="submit" appearance="secondary" disabled={disabled || saving}>
            {saving ? tr('settings.saving') : tr('settings.save')}
          </Button>
          <span role="status">{saved ? tr('settings.saved') : ''}</span>
        </div>
      </form>
    </Section>
  );
}
