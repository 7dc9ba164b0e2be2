import "./styles.css";
import { startApp } from "./views/app.ts";

void startApp(document.getElementById("app")!);
