// Puts React in production mode before anything loads it: the development build costs several times more per frame.
// cli.tsx imports this first, so it runs before react and ink are evaluated; an explicit NODE_ENV is respected.
process.env['NODE_ENV'] ??= 'production';
