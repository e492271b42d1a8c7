import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<Id extends string> {
  id: Id;
  label: ComponentChildren;
}

/**
 * The ARIA tabs pattern with automatic activation: one tab stop (the selected
 * tab); Left/Right arrows move and select, Home/End go to the ends.
 */
export function TabList<Id extends string>(props: {
  label: string;
  idPrefix: string;
  tabs: readonly TabSpec<Id>[];
  selected: Id;
  onSelect: (id: Id) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const { tabs, selected, onSelect, idPrefix } = props;

  function onKeyDown(event: KeyboardEvent, index: number) {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = tabs[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    buttons.current[next]?.focus();
  }

  return (
    <div class="tabs" role="tablist" aria-label={props.label}>
      {tabs.map((tab, index) => {
        const isSelected = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            class="tab"
            id={`${idPrefix}-tab-${tab.id}`}
            aria-selected={isSelected ? 'true' : 'false'}
            aria-controls={`${idPrefix}-panel-${tab.id}`}
            tabIndex={isSelected ? 0 : -1}
            data-tab={tab.id}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel(props: { idPrefix: string; id: string; selected: boolean; children: ComponentChildren }) {
  return (
    <div
      role="tabpanel"
      class="tab-panel"
      id={`${props.idPrefix}-panel-${props.id}`}
      aria-labelledby={`${props.idPrefix}-tab-${props.id}`}
      data-panel={props.id}
      hidden={!props.selected}
    >
      {/* Only the shown panel is rendered: the first paint draws one view, not both. */}
      {props.selected && props.children}
    </div>
  );
}
