/**
 * The portal's date widget: a calendar day typed as dd/mm/aaaa and stored as YYYY-MM-DD.
 * Decap's datetime widget draws the browser's native date input, whose order follows the
 * browser's language (an English Chrome shows mm/dd/yyyy: «03/01» is then the first of March
 * to one editor and the third of January to the next), and adds a «UTC» label and «Ahora» /
 * «Borrar» buttons that mean nothing for a calendar day. This one is a text field in the
 * Colombian order; a day that does not exist is an error on the field, in Spanish.
 */
import { Component, createElement as h, type ChangeEvent } from 'react';
import { isStoredDay, storedDay, typedDay } from './calendar-day.ts';

interface DateControlProps {
  value?: unknown;
  onChange: (value: string) => void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle: () => void;
  setInactiveStyle: () => void;
  t: (key: string, vars?: Record<string, unknown>) => string;
  field: { get(key: string): unknown };
  isDisabled?: boolean;
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));

export class DateControl extends Component<DateControlProps, { text: string }> {
  override state = { text: typedDay(asText(this.props.value)) };

  override componentDidUpdate(previous: DateControlProps) {
    const value = asText(this.props.value);
    if (previous.value === this.props.value) return;
    // A value that is not what is being typed came from elsewhere (an entry loaded, a draft restored).
    const typed = this.state.text.trim();
    if (storedDay(typed) !== value && typed !== value) this.setState({ text: typedDay(value) });
  }

  /** Decap asks before saving; an arrow, because Decap calls it detached from the instance. */
  isValid = () => {
    const value = asText(this.props.value);
    if (value === '' || isStoredDay(value)) return true;
    const fieldLabel = String(this.props.field.get('label') ?? this.props.field.get('name'));
    return {
      error: {
        type: 'CUSTOM',
        message: this.props.t('date.invalid', { fieldLabel }),
      },
    };
  };

  onInput = (event: ChangeEvent<HTMLInputElement>) => {
    const text = event.target.value;
    this.setState({ text });
    // An unfinished or impossible day is kept as typed, so the error can name it.
    this.props.onChange(text.trim() === '' ? '' : (storedDay(text) ?? text.trim()));
  };

  /** «01032025» or «1/3/2025» reads back as «01/03/2025» once the editor leaves the field. */
  onLeave = () => {
    this.props.setInactiveStyle();
    const value = asText(this.props.value);
    if (isStoredDay(value)) this.setState({ text: typedDay(value) });
  };

  override render() {
    const { forID, classNameWrapper, setActiveStyle, t, isDisabled } = this.props;
    return h('input', {
      id: forID,
      type: 'text',
      inputMode: 'numeric',
      autoComplete: 'off',
      placeholder: t('date.placeholder'),
      className: classNameWrapper,
      value: this.state.text,
      onChange: this.onInput,
      onFocus: setActiveStyle,
      onBlur: this.onLeave,
      disabled: isDisabled,
    });
  }
}

export function DatePreview({ value }: { value?: unknown }) {
  return h('span', null, typedDay(asText(value)));
}
