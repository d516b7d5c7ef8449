/** React wrapper of <challenge-picker>, for React 18 and earlier (React 19 takes the element as it is). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { ChallengePicker as ChallengePickerElement } from '../challenge-picker/register.js';
import { eventName } from './events.js';

export const ChallengePicker = createComponent({
  react: React,
  tagName: 'challenge-picker',
  elementClass: ChallengePickerElement,
  displayName: 'ChallengePicker',
  events: {
    onChallengeSelect: eventName('challenge-select'),
    onInformeelLerenClear: eventName('informeel-leren-clear'),
  },
});
