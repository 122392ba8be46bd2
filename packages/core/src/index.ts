// The public entry of @steady/core. The app and the server import only from here.
export {};
