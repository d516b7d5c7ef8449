/** React wrapper of <team-view>, for React 18 and earlier (React 19 takes the element as it is). */
import * as React from 'react';
import { createComponent } from '@lit/react';
import { TeamView as TeamViewElement } from '../team-view/register.js';
import { eventName } from './events.js';

export const TeamView = createComponent({
  react: React,
  tagName: 'team-view',
  elementClass: TeamViewElement,
  displayName: 'TeamView',
  events: {
    onTeamChange: eventName('team-change'),
    onInformeelLerenClear: eventName('informeel-leren-clear'),
  },
});
