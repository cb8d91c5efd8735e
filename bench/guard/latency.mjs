// Latency of the whole detector (normalise + rules + classifier, views included):
//
//   npm run build && node bench/guard/latency.mjs
//
// p50/p99 over 300 runs of a 10,000-character message (English, then typographic English, Spanish, Hindi and
// Chinese), and one pass over 1 MB adversarial inputs.
const { createDetector } = await import(
  new URL('../../dist/security/guard/detector.js', import.meta.url).href
);
const detector = createDetector();
const paragraph =
  'Please look at the build log below and tell me why the deployment failed. The service starts, connects ' +
  'to PostgreSQL, runs migrations 0001 to 0007, then exits with code 1 after `TypeError: cannot read ' +
  "property 'id' of undefined` in src/store/workflow-repository.ts line 42. We use Node 20 and Kysely. ";
// The same request as typed in browsers (curly quotes, dashes) and in three other scripts: translated rules only
// run on text with letters beyond ASCII, so these cost more.
const others = {
  'English, typographic': paragraph.replace("'id'", '‘id’').replace('. We', ' — we'),
  Spanish:
    'Por favor, revisa el registro de compilación y dime por qué falló el despliegue. El servicio arranca, se conecta a PostgreSQL, ejecuta las migraciones y termina con el código 1 tras un error en la línea 42. ',
  Hindi:
    'कृपया नीचे दिया गया बिल्ड लॉग देखें और बताएं कि डिप्लॉयमेंट क्यों विफल हुआ। सेवा शुरू होती है, PostgreSQL से जुड़ती है, माइग्रेशन चलाती है और फिर लाइन 42 पर त्रुटि के बाद बंद हो जाती है। ',
  Chinese:
    '请查看下面的构建日志，告诉我部署为什么失败。服务启动后连接到 PostgreSQL，运行迁移，然后在第 42 行出错后以代码 1 退出。',
};
const tenThousand = (text) => text.repeat(Math.ceil(10_000 / text.length)).slice(0, 10_000);
function measure(name, message) {
  for (let i = 0; i < 50; i++) detector.score(message, 'user');
  const times = [];
  for (let i = 0; i < 300; i++) {
    const started = performance.now();
    detector.score(message, 'user');
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: p50 ${times[150].toFixed(3)} ms, p99 ${times[296].toFixed(3)} ms`);
}
measure('10,000 characters', tenThousand(paragraph));
for (const [name, text] of Object.entries(others)) measure(`10,000 characters, ${name}`, tenThousand(text));
const adversarial = {
  "'ignore ' x 150k": 'ignore '.repeat(150_000),
  "'a' x 1e6": 'a'.repeat(1_000_000),
  "'<!--' x 250k": '<!--'.repeat(250_000),
  'base64-ish 1 MB': 'QUJD'.repeat(250_000),
  "'i g ' x 250k": 'i g '.repeat(250_000),
  'zero-width x 1e6': '\u200b'.repeat(1_000_000),
  "'01100001 ' x 110k": '01100001 '.repeat(110_000),
  "'.- ' x 330k": '.- '.repeat(330_000),
  "'4f 6b ' x 160k": '4f 6b '.repeat(160_000),
  "'![x](http://a?b=' x 60k": '![x](http://a?b='.repeat(60_000),
};
for (const [name, text] of Object.entries(adversarial)) {
  const started = performance.now();
  const { verdict } = detector.score(text, 'user');
  console.log(`${name}: ${(performance.now() - started).toFixed(0)} ms (${verdict})`);
}
