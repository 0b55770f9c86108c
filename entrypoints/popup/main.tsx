import { render } from 'preact';

render(<main>Openness Lens</main>, document.getElementById('app')!);
