import { main } from "./main";

// Entry of the service's bundle (dist/server.js) and of `npm start`'s service process.
void main();
