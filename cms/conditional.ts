/**
 * Fields a schema requires only in some cases (territories for a departmental scope, the
 * reviewer of a validated practice): `conditional: true` in the generated config. Decap knows
 * two states, required or «(opcional)», and «(opcional)» told editors they could skip a field
 * the check would then demand. So such a field is declared required (no «(opcional)»; its hint
 * says when it is needed), and every widget is registered through this wrapper, which lets a
 * conditional field be empty as far as Decap's presence check goes; whether it may be is the
 * schema's refinement's call, at save time and in `npm run check`.
 *
 * For every other field the wrapper hands Decap the widget itself (`getWrappedInstance`, which
 * Decap asks for), so validation, focus and re-rendering work exactly as before.
 */
import { Component, createElement as h, createRef, type ComponentType } from 'react';

interface ControlInstance {
  isValid?: () => unknown;
  getValidateValue?: () => unknown;
  shouldComponentUpdate?: (next: unknown) => boolean;
  focus?: (path?: string) => void;
}
interface WrapperProps {
  field: { get(key: string): unknown };
  value?: unknown;
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (typeof value === 'object' &&
    ('size' in value ? (value as { size: number }).size === 0 : Object.keys(value).length === 0));

/** What Decap's presence check sees for an empty conditional field: something, so it passes. */
const NOT_YET_NEEDED = 'no se requiere por ahora';

export function allowingConditionalEmpty(Control: ComponentType<never>): ComponentType<WrapperProps> {
  return class ConditionalField extends Component<WrapperProps> {
    inner = createRef<ControlInstance>();

    /** Decap's Widget calls this to find the control it talks to. */
    getWrappedInstance = () => (this.props.field.get('conditional') === true ? this : (this.inner.current ?? this));

    getValidateValue = () => {
      const value = this.inner.current?.getValidateValue?.() ?? this.props.value;
      return this.props.field.get('conditional') === true && isEmpty(value) ? NOT_YET_NEEDED : value;
    };

    isValid = () => this.inner.current?.isValid?.() ?? true;

    focus = (path?: string) => this.inner.current?.focus?.(path);

    override shouldComponentUpdate(next: WrapperProps) {
      const inner = this.inner.current;
      return inner?.shouldComponentUpdate ? inner.shouldComponentUpdate.call(inner, next) : true;
    }

    override render() {
      return h(Control, { ...this.props, ref: this.inner } as never);
    }
  };
}
