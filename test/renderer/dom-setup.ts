// jsdom lays nothing out, so a virtual list would think it has no room and draw no rows. These stubs give
// list scrollers a height and make the scrolling calls jsdom lacks into no-ops. Import first in each test.
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

const LIST_HEIGHT = 2000;

// The machine running tests is shared and small: waiting longer is fine, sleeping never is.
configure({ asyncUtilTimeout: 5000 });

if (!('__prayerDeskDomSetup' in globalThis)) {
  Object.defineProperty(globalThis, '__prayerDeskDomSetup', { value: true });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('list-scroll') ? LIST_HEIGHT : 0;
    },
  });
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get(this: HTMLElement) {
      return this.classList.contains('list-scroll') ? 600 : 0;
    },
  });
  Element.prototype.scrollIntoView ??= function scrollIntoView() {};
  Element.prototype.scrollTo ??= function scrollTo() {} as Element['scrollTo'];
  window.print = () => {};
}

afterEach(() => cleanup());
