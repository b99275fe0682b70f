// The MOJ multi-select pattern: a "select all" checkbox in the heading of a table whose rows can be selected. Without
// JavaScript each row's own checkbox still works.
import { MultiSelect } from '/lib/moj/moj-frontend.min.js'

for (const table of document.querySelectorAll('[data-module="moj-multi-select"]')) {
  new MultiSelect(table)
}
