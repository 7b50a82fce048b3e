import type { OptionsPost } from '../../../../utils/options/options-post';

/** The 12 posts of tests/fixtures/dev-to-rust.rss.xml as the options page sees them. */
export const DEV_FIXTURE_POSTS: OptionsPost[] = [
  {
    id: 'https://dev.to/milakyr/unions-delving-into-unsafe-rust-5fne',
    url: 'https://dev.to/milakyr/unions-delving-into-unsafe-rust-5fne',
    title: 'Unions: delving into unsafe Rust',
    author: 'Mila K',
    tags: ['rust', 'programming', 'unsafe'],
  },
  {
    id: 'https://dev.to/hiyoyok/what-i-learned-building-hiyokobar-a-menubar-app-that-does-one-thing-per-click-2a4h',
    url: 'https://dev.to/hiyoyok/what-i-learned-building-hiyokobar-a-menubar-app-that-does-one-thing-per-click-2a4h',
    title: 'What I Learned Building HiyokoBar — A Menubar App That Does One Thing Per Click',
    author: 'hiyoyo',
    tags: ['tauri', 'rust', 'programming', 'product'],
  },
  {
    id: 'https://dev.to/travis-mccracken-dev/web-developer-travis-mccracken-on-zero-downtime-deploys-in-kubernetes-38p8',
    url: 'https://dev.to/travis-mccracken-dev/web-developer-travis-mccracken-on-zero-downtime-deploys-in-kubernetes-38p8',
    title: 'Web Developer Travis McCracken on Zero Downtime Deploys in Kubernetes',
    author: 'Travis McCracken Web Developer',
    tags: ['webdev', 'backend', 'rust', 'apidevelopment'],
  },
  {
    id: 'https://dev.to/hiyoyok/bates-numbering-in-rust-automating-legal-document-stamping-4080',
    url: 'https://dev.to/hiyoyok/bates-numbering-in-rust-automating-legal-document-stamping-4080',
    title: 'Bates Numbering in Rust — Automating Legal Document Stamping',
    author: 'hiyoyo',
    tags: ['tarui', 'rust', 'programming', 'webdev'],
  },
  {
    id: 'https://dev.to/chidari_sandeep_c8e0478a1/why-i-rewrote-my-90-engine-meta-search-in-rust-41l5',
    url: 'https://dev.to/chidari_sandeep_c8e0478a1/why-i-rewrote-my-90-engine-meta-search-in-rust-41l5',
    title: 'Why I rewrote my 90+ Engine Meta-Search in Rust 🦀',
    author: 'Chidari Sandeep',
    tags: ['rust', 'python', 'searchengine', 'opensource'],
  },
  {
    id: 'https://dev.to/packagetoday/pkg2day-courier-services-explained-how-to-ship-confidently-across-pakistan-22kk',
    url: 'https://dev.to/packagetoday/pkg2day-courier-services-explained-how-to-ship-confidently-across-pakistan-22kk',
    title: 'PKG2DAY Courier Services Explained: How to Ship Confidently Across Pakistan',
    author: 'Package Today',
    tags: ['career', 'rust', 'startup', 'mobile'],
  },
  {
    id: 'https://dev.to/thanu3868/deepseek-tui-rust-project-4402',
    url: 'https://dev.to/thanu3868/deepseek-tui-rust-project-4402',
    title: 'Deepseek Tui – Rust Project',
    author: 'tharshan',
    tags: ['rust', 'opensource'],
  },
  {
    id: 'https://dev.to/servbay/9-high-performance-rust-libraries-you-shouldnt-miss-ao4',
    url: 'https://dev.to/servbay/9-high-performance-rust-libraries-you-shouldnt-miss-ao4',
    title: "9 High-Performance Rust Libraries You Shouldn't Miss",
    author: 'ServBay',
    tags: ['webdev', 'programming', 'rust'],
  },
  {
    id: 'https://dev.to/johalputt/we-cut-api-latency-55-with-rust-188-and-tokio-140-for-our-core-service-3d49',
    url: 'https://dev.to/johalputt/we-cut-api-latency-55-with-rust-188-and-tokio-140-for-our-core-service-3d49',
    title: 'We Cut API Latency 55% with Rust 1.88 and Tokio 1.40 for Our Core Service',
    author: 'ANKUSH CHOUDHARY JOHAL',
    tags: ['latency', 'rust', 'tokio', 'core'],
  },
  {
    id: 'https://dev.to/tristanmanchester/sifs-sifs-is-fast-search-local-code-search-for-coding-agents-830',
    url: 'https://dev.to/tristanmanchester/sifs-sifs-is-fast-search-local-code-search-for-coding-agents-830',
    title: 'SIFS (SIFS Is Fast Search) - local code search for coding agents',
    author: 'Tristan Manchester',
    tags: ['agents', 'ai', 'developers', 'rust'],
  },
  {
    id: 'https://dev.to/ericwoooo_kr/our-incident-response-was-taking-40-minutes-rust-based-dashboards-cut-it-in-half-4keb',
    url: 'https://dev.to/ericwoooo_kr/our-incident-response-was-taking-40-minutes-rust-based-dashboards-cut-it-in-half-4keb',
    title: 'Our Incident Response Was Taking 40 Minutes — Rust-Based Dashboards Cut It in Half',
    author: '우병수',
    tags: ['rust', 'productivity', 'tools', 'webdev'],
  },
  {
    id: 'https://dev.to/uc_yussy/leveling-up-adding-sqlite-persistence-to-my-rust-guessing-game-1n1p',
    url: 'https://dev.to/uc_yussy/leveling-up-adding-sqlite-persistence-to-my-rust-guessing-game-1n1p',
    title: 'Leveling up: Adding SQLite Persistence to my Rust Guessing Game',
    author: 'Yussy',
    tags: ['rust', 'sql'],
  },
];
