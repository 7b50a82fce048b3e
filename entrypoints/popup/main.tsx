import { render } from 'preact';

render(<p>Rust Radar</p>, document.getElementById('app')!);
