import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { Box } from '@mantine/core';
import { ServerSelect, type ServerSelectProps } from './server-select';
import classes from './lazy-server-select.module.css';

export interface LazyServerSelectProps extends ServerSelectProps {
  /** A colour (Mantine colour name: a status or priority colour) shown as a dot before the value. */
  dot?: string;
  /** An icon before the value instead of a dot (decorative: the value says it in words), e.g. priority. */
  icon?: ReactNode;
  /** The value asks for attention (bold, red border), e.g. an urgent priority. */
  strong?: boolean;
  /** 44 px high, for touch screens. */
  touch?: boolean;
}

/**
 * Opens a server select's choices from the keyboard, as a click would (the `e` shortcut, "set the status"): a light
 * stand-in turns into the real select, opened and focused; a real one is focused and opened. Once its list closes
 * (a choice or Escape) it gives the keys back to the page (the select is blurred): otherwise the select keeps the
 * focus and the next shortcut, `a` after `e` or `j` to move on, is typed into it.
 */
export function openServerSelect(input: HTMLInputElement) {
  const light = input.hasAttribute('data-light-select');
  // The stand-in gives its place to the real select (and back when it blurs): follow the control by its name in
  // the element that holds either.
  const name = input.getAttribute('aria-label');
  const scope = (light ? input.parentElement?.parentElement : input.parentElement) ?? document.body;
  const control = () =>
    [...scope.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')].find(
      (candidate) => candidate.getAttribute('aria-label') === name,
    );
  let opened = false;
  const handBack = new MutationObserver(() => {
    const current = control();
    if (current?.getAttribute('aria-expanded') === 'true') {
      opened = true;
      return;
    }
    if (!opened && current) return;
    handBack.disconnect();
    if (current && document.activeElement === current) current.blur();
  });
  handBack.observe(scope, { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-expanded'] });

  if (light) {
    // the stand-in's own way in: a primary-button press (see onMouseDown below)
    input.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true, button: 0 }));
    return;
  }
  input.focus();
  input.click();
}

/** `w="100%"` (a table cell's control): a plain span filling the cell; any other width: Mantine's Box sizes it. */
function LightFrame({ w, className, children }: { w: ServerSelectProps['w']; className: string; children: ReactNode }) {
  if (w === '100%') return <span className={`${className} ${classes.fill}`}>{children}</span>;
  return (
    <Box component="span" className={className} w={w}>
      {children}
    </Box>
  );
}

/**
 * The real select in the stand-in's place (while used or saving). Its hooks are its own: the light stand-in, of
 * which a list mounts three per row, keeps one state hook and no effect.
 */
function RealSelect({
  active,
  touch,
  onDone,
  ...props
}: ServerSelectProps & { active: null | { open: boolean }; touch: boolean | undefined; onDone: () => void }) {
  const real = useRef<HTMLSpanElement>(null);
  // the focus moves on to the real select as it takes the light one's place
  useEffect(() => {
    if (active) real.current?.querySelector<HTMLInputElement>('input:not([type="hidden"])')?.focus();
  }, [active]);
  return (
    <span ref={real} className={classes.contents}>
      <ServerSelect
        {...props}
        classNames={touch ? { input: classes.touchInput } : undefined}
        defaultDropdownOpened={active?.open ?? false}
        onBlur={onDone}
      />
    </span>
  );
}

/**
 * A {@link ServerSelect} that costs one `<input>` until someone uses it: a long list renders a light,
 * read-only combobox showing the server's value (same name, same look), and swaps in the real Mantine
 * Select on the first pointer press (opened) or keyboard focus (focused, opened with ↓/Enter/Space as
 * usual). It stays while focused or while its change is saving, then turns light again.
 */
export const LazyServerSelect = memo(function LazyServerSelect({
  dot,
  icon,
  strong,
  touch,
  ...props
}: LazyServerSelectProps) {
  const [active, setActive] = useState<null | { open: boolean }>(null);
  const { value, data, pending, disabled, w, 'aria-label': label } = props;

  if (active || pending) {
    return <RealSelect {...props} active={active} touch={touch} onDone={() => setActive(null)} />;
  }

  const shown = data.find((item) => item.value === value)?.label ?? '';
  return (
    // a long list renders three per row (issue 15's render budget): plain elements, and a Mantine Box only for a
    // width other than the whole of its cell
    <LightFrame w={w} className={`${classes.light} ${touch ? classes.touch : ''}`}>
      {icon ? (
        <span className={classes.icon} aria-hidden>
          {icon}
        </span>
      ) : (
        dot && <span className={classes.dot} data-color={dot} aria-hidden />
      )}
      {/* Collapsed, it controls no listbox yet (ARIA 1.2 asks for aria-controls once expanded; the real
          select, which takes its place before it opens, has it). */}
      <input
        className={`${classes.input} ${dot || icon ? classes.withDot : ''} ${strong ? classes.strong : ''}`}
        data-strong={strong || undefined}
        data-light-select
        // eslint-disable-next-line jsx-a11y/role-has-required-aria-props -- see above
        role="combobox"
        aria-label={label}
        aria-haspopup="listbox"
        aria-expanded={false}
        aria-autocomplete="none"
        readOnly
        disabled={disabled}
        value={shown}
        onMouseDown={(event) => {
          if (event.button !== 0) return;
          event.preventDefault(); // the real select takes the focus, opened
          setActive({ open: true });
        }}
        onFocus={() => setActive({ open: false })}
      />
    </LightFrame>
  );
});
