// The console's entry point: it renders into #app.
import { render } from 'preact';
import '../lib/theme.css';
import './console.css';
import { App } from './app';

const root = document.getElementById('app');
if (root) {
  root.textContent = '';
  render(<App />, root);
}
