/** React wrapper of <informeel-leren-footer>, for React 18 and earlier (React 19 takes the element as it is). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { InformeelLerenFooter as InformeelLerenFooterElement } from '../footer/register.js';
import { eventName } from './events.js';

export const InformeelLerenFooter = createComponent({
  react: React,
  tagName: 'informeel-leren-footer',
  elementClass: InformeelLerenFooterElement,
  displayName: 'InformeelLerenFooter',
  events: {
    onInformeelLerenClear: eventName('informeel-leren-clear'),
  },
});
