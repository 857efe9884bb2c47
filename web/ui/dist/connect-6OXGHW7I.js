"use strict";(()=>{var Ce,x,je,bn,X,Fe,Ge,ze,De,fe,ie,Ye,Te,$e,xe,Cn,ge={},he=[],_n=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,_e=Array.isArray;function z(e,t){for(var n in t)e[n]=t[n];return e}function Ie(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function An(e,t,n){var o,r,i,a={};for(i in t)i=="key"?o=t[i]:i=="ref"?r=t[i]:a[i]=t[i];if(arguments.length>2&&(a.children=arguments.length>3?Ce.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)a[i]===void 0&&(a[i]=e.defaultProps[i]);return me(e,a,o,r,null)}function me(e,t,n,o,r){var i={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:r??++je,__i:-1,__u:0};return r==null&&x.vnode!=null&&x.vnode(i),i}function j(e){return e.children}function ye(e,t){this.props=e,this.context=t}function ee(e,t){if(t==null)return e.__?ee(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?ee(e):null}function En(e){if(e.__P&&e.__d){var t=e.__v,n=t.__e,o=[],r=[],i=z({},t);i.__v=t.__v+1,x.vnode&&x.vnode(i),we(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[n]:null,o,n??ee(t),!!(32&t.__u),r),i.__v=t.__v,i.__.__k[i.__i]=i,tt(o,i,r),t.__e=t.__=null,i.__e!=n&&Xe(i)}}function Xe(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),Xe(e)}function Be(e){(!e.__d&&(e.__d=!0)&&X.push(e)&&!be.__r++||Fe!=x.debounceRendering)&&((Fe=x.debounceRendering)||Ge)(be)}function be(){try{for(var e,t=1;X.length;)X.length>t&&X.sort(ze),e=X.shift(),t=X.length,En(e)}finally{X.length=be.__r=0}}function Je(e,t,n,o,r,i,a,c,l,u,m){var g,s,p,f,y,b,k=o&&o.__k||he,C=t.length;for(l=kn(n,t,k,l,C),g=0;g<C;g++)(p=n.__k[g])!=null&&(s=p.__i!=-1&&k[p.__i]||ge,p.__i=g,b=we(e,p,s,r,i,a,c,l,u,m),f=p.__e,p.ref&&s.ref!=p.ref&&(s.ref&&Se(s.ref,null,p),m.push(p.ref,p.__c||f,p)),y==null&&f!=null&&(y=f),4&p.__u?(l=Ze(p,l,e),s.__e&&(s.__e=null)):typeof p.type=="function"&&b!==void 0?l=b:f&&(l=f.nextSibling),p.__u&=-7);return n.__e=y,l}function kn(e,t,n,o,r){var i,a,c,l,u,m=n.length,g=m,s=0;for(e.__k=new Array(r),i=0;i<r;i++)(a=t[i])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[i]=me(null,a,null,null,null):_e(a)?a=e.__k[i]=me(j,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[i]=me(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[i]=a,l=i+s,a.__=e,a.__b=e.__b+1,c=null,(u=a.__i=vn(a,n,l,g))!=-1&&(g--,(c=n[u])&&(c.__u|=2)),c==null||c.__v==null?(u==-1&&(r>m?s--:r<m&&s++),typeof a.type!="function"&&(a.__u|=4)):u!=l&&(u==l-1?s--:u==l+1?s++:(u>l?s--:s++,a.__u|=4))):e.__k[i]=null;if(g)for(i=0;i<m;i++)(c=n[i])!=null&&(2&c.__u)==0&&(c.__e==o&&(o=ee(c)),ot(c,c));return o}function Ze(e,t,n){var o,r;if(typeof e.type=="function"){for(o=e.__k,r=0;o&&r<o.length;r++)o[r]&&(o[r].__=e,t=Ze(o[r],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=ee(e)),t=n.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function vn(e,t,n,o){var r,i,a,c=e.key,l=e.type,u=t[n],m=u!=null&&(2&u.__u)==0;if(u===null&&c==null||m&&c==u.key&&l==u.type)return n;if(o>(m?1:0)){for(r=n-1,i=n+1;r>=0||i<t.length;)if((u=t[a=r>=0?r--:i++])!=null&&(2&u.__u)==0&&c==u.key&&l==u.type)return a}return-1}function He(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||_n.test(t)?n:n+"px"}function pe(e,t,n,o,r){var i,a;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||He(e.style,t,"");if(n)for(t in n)o&&n[t]==o[t]||He(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(Ye,"$1")),a=t.toLowerCase(),t=a in e||t=="onFocusOut"||t=="onFocusIn"?a.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=n,n?o?n[ie]=o[ie]:(n[ie]=Te,e.addEventListener(t,i?xe:$e,i)):e.removeEventListener(t,i?xe:$e,i);else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function Qe(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t[fe]==null)t[fe]=Te++;else if(t[fe]<n[ie])return;return n(x.event?x.event(t):t)}}}function we(e,t,n,o,r,i,a,c,l,u){var m,g,s,p,f,y,b,k,C,D,H,W,I,_,w,M,V=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(l=!!(32&n.__u),i=[c=t.__e=n.__e]),(m=x.__b)&&m(t);e:if(typeof V=="function"){g=a.length;try{if(C=t.props,D=V.prototype&&V.prototype.render,H=(m=V.contextType)&&o[m.__c],W=m?H?H.props.value:m.__:o,n.__c?k=(s=t.__c=n.__c).__=s.__E:(D?t.__c=s=new V(C,W):(t.__c=s=new ye(C,W),s.constructor=V,s.render=$n),H&&H.sub(s),s.state||(s.state={}),s.__n=o,p=s.__d=!0,s.__h=[],s._sb=[]),D&&s.__s==null&&(s.__s=s.state),D&&V.getDerivedStateFromProps!=null&&(s.__s==s.state&&(s.__s=z({},s.__s)),z(s.__s,V.getDerivedStateFromProps(C,s.__s))),f=s.props,y=s.state,s.__v=t,p)D&&V.getDerivedStateFromProps==null&&s.componentWillMount!=null&&s.componentWillMount(),D&&s.componentDidMount!=null&&s.__h.push(s.componentDidMount);else{if(D&&V.getDerivedStateFromProps==null&&C!==f&&s.componentWillReceiveProps!=null&&s.componentWillReceiveProps(C,W),t.__v==n.__v||!s.__e&&s.shouldComponentUpdate!=null&&s.shouldComponentUpdate(C,s.__s,W)===!1){t.__v!=n.__v&&(s.props=C,s.state=s.__s,s.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(K){K&&(K.__=t)}),he.push.apply(s.__h,s._sb),s._sb=[],s.__h.length&&a.push(s),c=ee(n);break e}s.componentWillUpdate!=null&&s.componentWillUpdate(C,s.__s,W),D&&s.componentDidUpdate!=null&&s.__h.push(function(){s.componentDidUpdate(f,y,b)})}if(s.context=W,s.props=C,s.__P=e,s.__e=!1,I=x.__r,_=0,D)s.state=s.__s,s.__d=!1,I&&I(t),m=s.render(s.props,s.state,s.context),he.push.apply(s.__h,s._sb),s._sb=[];else do s.__d=!1,I&&I(t),m=s.render(s.props,s.state,s.context),s.state=s.__s;while(s.__d&&++_<25);s.state=s.__s,s.getChildContext!=null&&(o=z(z({},o),s.getChildContext())),D&&!p&&s.getSnapshotBeforeUpdate!=null&&(b=s.getSnapshotBeforeUpdate(f,y)),w=m!=null&&m.type===j&&m.key==null?nt(m.props.children):m,c=Je(e,_e(w)?w:[w],t,n,o,r,i,a,c,l,u),s.base=t.__e,t.__u&=-161,s.__h.length&&a.push(s),k&&(s.__E=s.__=null)}catch(K){if(a.length=g,t.__v=null,l||i!=null){if(K.then){for(t.__u|=l?160:128;c&&c.nodeType==8&&c.nextSibling;)c=c.nextSibling;i!=null&&(i[i.indexOf(c)]=null),t.__e=c}else if(i!=null)for(M=i.length;M--;)Ie(i[M])}else t.__e=n.__e;t.__k==null&&(t.__k=n.__k||[]),K.then||et(t),x.__e(K,t,n)}}else i==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):c=t.__e=Dn(n.__e,t,n,o,r,i,a,l,u);return(m=x.diffed)&&m(t),128&t.__u?void 0:c}function et(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(et))}function tt(e,t,n){for(var o=0;o<n.length;o++)Se(n[o],n[++o],n[++o]);x.__c&&x.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(i){i.call(r)})}catch(i){x.__e(i,r.__v)}})}function nt(e){return typeof e!="object"||e==null||e.__b>0?e:_e(e)?e.map(nt):e.constructor!==void 0?null:z({},e)}function Dn(e,t,n,o,r,i,a,c,l){var u,m,g,s,p,f,y,b=n.props||ge,k=t.props,C=t.type;if(C=="svg"?r="http://www.w3.org/2000/svg":C=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),i!=null){for(u=0;u<i.length;u++)if((p=i[u])&&"setAttribute"in p==!!C&&(C?p.localName==C:p.nodeType==3)){e=p,i[u]=null;break}}if(e==null){if(C==null)return document.createTextNode(k);e=document.createElementNS(r,C,k.is&&k),c&&(x.__m&&x.__m(t,i),c=!1),i=null}if(C==null)b===k||c&&e.data==k||(e.data=k);else{if(i=C=="textarea"&&k.defaultValue!=null?null:i&&Ce.call(e.childNodes),!c&&i!=null)for(b={},u=0;u<e.attributes.length;u++)b[(p=e.attributes[u]).name]=p.value;for(u in b)p=b[u],u=="dangerouslySetInnerHTML"?g=p:u=="children"||u in k||u=="value"&&"defaultValue"in k||u=="checked"&&"defaultChecked"in k||pe(e,u,null,p,r);for(u in k)p=k[u],u=="children"?s=p:u=="dangerouslySetInnerHTML"?m=p:u=="value"?f=p:u=="checked"?y=p:c&&typeof p!="function"||b[u]===p||pe(e,u,p,b[u],r);if(m)c||g&&(m.__html==g.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(g&&(e.innerHTML=""),Je(t.type=="template"?e.content:e,_e(s)?s:[s],t,n,o,C=="foreignObject"?"http://www.w3.org/1999/xhtml":r,i,a,i?i[0]:n.__k&&ee(n,0),c,l),i!=null)for(u=i.length;u--;)Ie(i[u]);c&&C!="textarea"||(u="value",C=="progress"&&f==null?e.removeAttribute("value"):f!=null&&(f!==e[u]||C=="progress"&&!f||C=="option"&&f!=b[u])&&pe(e,u,f,b[u],r),u="checked",y!=null&&y!=e[u]&&pe(e,u,y,b[u],r))}return e}function Se(e,t,n){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&t==null||(e.__u=e(t))}else e.current=t}catch(r){x.__e(r,n)}}function ot(e,t,n){var o,r;if(x.unmount&&x.unmount(e),(o=e.ref)&&(o.current&&o.current!=e.__e||Se(o,null,t)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(i){x.__e(i,t)}o.base=o.__P=o.__n=null}if(o=e.__k)for(r=0;r<o.length;r++)o[r]&&ot(o[r],t,n||typeof e.type!="function");n||Ie(e.__e),e.__c=e.__=e.__e=void 0}function $n(e,t,n){return this.constructor(e,n)}function Re(e,t,n){var o,r,i,a;t==document&&(t=document.documentElement),x.__&&x.__(e,t),r=(o=typeof n=="function")?null:n&&n.__k||t.__k,i=[],a=[],we(t,e=(!o&&n||t).__k=An(j,null,[e]),r||ge,ge,t.namespaceURI,!o&&n?[n]:r?null:t.firstChild?Ce.call(t.childNodes):null,i,!o&&n?n:r?r.__e:t.firstChild,o,a),tt(i,e,a),e.props.children=null}Ce=he.slice,x={__e:function(e,t,n,o){for(var r,i,a;t=t.__;)if((r=t.__c)&&!r.__)try{if((i=r.constructor)&&i.getDerivedStateFromError!=null&&(r.setState(i.getDerivedStateFromError(e)),a=r.__d),r.componentDidCatch!=null&&(r.componentDidCatch(e,o||{}),a=r.__d),a)return r.__E=r}catch(c){e=c}throw e}},je=0,bn=function(e){return e!=null&&e.constructor===void 0},ye.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=z({},this.state),typeof e=="function"&&(e=e(z({},n),this.props)),e&&z(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Be(this))},ye.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Be(this))},ye.prototype.render=j,X=[],Ge=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,ze=function(e,t){return e.__v.__b-t.__v.__b},be.__r=0,De=Math.random().toString(8),fe="__d"+De,ie="__a"+De,Ye=/(PointerCapture)$|Capture$/i,Te=0,$e=Qe(!1),xe=Qe(!0),Cn=0;var oe,S,Pe,rt,se=0,pt=[],O=x,it=O.__b,st=O.__r,at=O.diffed,ct=O.__c,ut=O.unmount,lt=O.__;function Ee(e,t){O.__h&&O.__h(S,e,se||t),se=0;var n=S.__H||(S.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function Q(e){return se=1,xn(ht,e)}function xn(e,t,n){var o=Ee(oe++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):ht(void 0,t),function(c){var l=o.__N?o.__N[0]:o.__[0],u=o.t(l,c);l!==u&&(o.__N=[u,o.__[1]],o.__c.setState({}))}],o.__c=S,!S.__f)){var r=function(c,l,u){if(!o.__c.__H)return!0;var m=!1,g=o.__c.props!==c;if(o.__c.__H.__.some(function(p){if(p.__N){m=!0;var f=p.__[0];p.__=p.__N,p.__N=void 0,f!==p.__[0]&&(g=!0)}}),i){var s=i.call(this,c,l,u);return m?s||g:s}return!m||g};S.__f=!0;var i=S.shouldComponentUpdate,a=S.componentWillUpdate;S.componentWillUpdate=function(c,l,u){if(this.__e){var m=i;i=void 0,r(c,l,u),i=m}a&&a.call(this,c,l,u)},S.shouldComponentUpdate=r}return o.__N||o.__}function Y(e,t){var n=Ee(oe++,3);!O.__s&&gt(n.__H,t)&&(n.__=e,n.u=t,S.__H.__h.push(n))}function J(e){return se=5,ft(function(){return{current:e}},[])}function ft(e,t){var n=Ee(oe++,7);return gt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function mt(e,t){return se=8,ft(function(){return e},t)}function yt(){var e=Ee(oe++,11);if(!e.__){for(var t=S.__v;t!==null&&!t.__m&&t.__!==null;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__="P"+n[0]+"-"+n[1]++}return e.__}function Tn(){for(var e;e=pt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ae),t.__h.some(Oe),t.__h=[]}catch(n){t.__h=[],O.__e(n,e.__v)}}}O.__b=function(e){S=null,it&&it(e)},O.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),lt&&lt(e,t)},O.__r=function(e){st&&st(e),oe=0;var t=(S=e.__c).__H;t&&(Pe===S?(t.__h=[],S.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(t.__h.some(Ae),t.__h.some(Oe),t.__h=[],oe=0)),Pe=S},O.diffed=function(e){at&&at(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(pt.push(t)!==1&&rt===O.requestAnimationFrame||((rt=O.requestAnimationFrame)||In)(Tn)),t.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),Pe=S=null},O.__c=function(e,t){t.some(function(n){try{n.__h.some(Ae),n.__h=n.__h.filter(function(o){return!o.__||Oe(o)})}catch(o){t.some(function(r){r.__h&&(r.__h=[])}),t=[],O.__e(o,n.__v)}}),ct&&ct(e,t)},O.unmount=function(e){ut&&ut(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(o){try{Ae(o)}catch(r){t=r}}),n.__H=void 0,t&&O.__e(t,n.__v))};var dt=typeof requestAnimationFrame=="function";function In(e){var t,n=function(){clearTimeout(o),dt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,35);dt&&(t=requestAnimationFrame(n))}function Ae(e){var t=S,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),S=t}function Oe(e){var t=S;e.__c=e.__(),S=t}function gt(e,t){return!e||e.length!==t.length||t.some(function(n,o){return n!==e[o]})}function ht(e,t){return typeof t=="function"?t(e):t}function L(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Z(e){return L(e)==="object"}function wn(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Ne(e,t){return e.length<124?e:t}var bt="graphql-transport-ws";var F=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(F||{}),B=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(B||{});function Ct(e){if(!Z(e))throw new Error(`Message is expected to be an object, but got ${L(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${L(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${L(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${L(e.payload.query)}`);if(e.payload.variables!=null&&!Z(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${L(e.payload.variables)}`);if(e.payload.operationName!=null&&L(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${L(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Z(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${L(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${L(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!wn(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${L(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function _t(e,t){return Ct(typeof e=="string"?JSON.parse(e,t):e)}function re(e,t){return Ct(e),JSON.stringify(e,t)}function qe(e){let{url:t,connectionParams:n,lazy:o=!0,onNonLazyError:r=console.error,lazyCloseTimeout:i=0,keepAlive:a=0,disablePong:c,connectionAckWaitTimeout:l=0,retryAttempts:u=5,retryWait:m=async function(T){let h=Math.pow(2,T);await new Promise($=>setTimeout($,h*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:g=We,on:s,webSocketImpl:p,generateID:f=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,T=>{let h=Math.random()*16|0;return(T=="x"?h:h&3|8).toString(16)})},jsonMessageReplacer:y,jsonMessageReviver:b}=e,k;if(p){if(!Rn(p))throw new Error("Invalid WebSocket implementation provided");k=p}else typeof WebSocket<"u"?k=WebSocket:typeof global<"u"?k=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(k=window.WebSocket||window.MozWebSocket);if(!k)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let C=k,D=(()=>{let E=(()=>{let h={};return{on($,R){return h[$]=R,()=>{delete h[$]}},emit($){"id"in $&&h[$.id]?.($)}}})(),T={connecting:s?.connecting?[s.connecting]:[],opened:s?.opened?[s.opened]:[],connected:s?.connected?[s.connected]:[],ping:s?.ping?[s.ping]:[],pong:s?.pong?[s.pong]:[],message:s?.message?[E.emit,s.message]:[E.emit],closed:s?.closed?[s.closed]:[],error:s?.error?[s.error]:[]};return{onMessage:E.on,on(h,$){let R=T[h];return R.push($),()=>{let P=R.indexOf($);P>-1&&R.splice(P,1)}},emit(h,...$){for(let R of[...T[h]])R(...$)}}})();function H(E){let T=[D.on("error",h=>{T.forEach($=>$()),E(h)}),D.on("closed",h=>{T.forEach($=>$()),E(h)})];return()=>T.forEach(h=>h())}let W,I=0,_,w=!1,M=0,V=!1;async function K(){clearTimeout(_);let[E,T]=await(W??(W=new Promise((R,P)=>(async()=>{if(w){if(await m(M),!I)return W=void 0,P({code:1e3,reason:"All Subscriptions Gone"});M++}D.emit("connecting",w);let v=new C(typeof t=="function"?await t():t,bt),G,te;function de(){isFinite(a)&&a>0&&(clearTimeout(te),te=setTimeout(()=>{v.readyState===C.OPEN&&(v.send(re({type:B.Ping})),D.emit("ping",!1,void 0))},a))}H(U=>{W=void 0,clearTimeout(G),clearTimeout(te),P(U),U instanceof ae&&(v.close(4499,"Terminated"),v.onerror=null,v.onclose=null)}),v.onerror=U=>D.emit("error",U),v.onclose=U=>D.emit("closed",U),v.onopen=async()=>{try{D.emit("opened",v);let U=typeof n=="function"?await n():n;if(v.readyState!==C.OPEN)return;v.send(re(U?{type:B.ConnectionInit,payload:U}:{type:B.ConnectionInit},y)),isFinite(l)&&l>0&&(G=setTimeout(()=>{v.close(F.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},l)),de()}catch(U){D.emit("error",U),v.close(F.InternalClientError,Ne(U instanceof Error?U.message:String(U),"Internal client error"))}};let ne=!1;v.onmessage=({data:U})=>{try{let q=_t(U,b);if(D.emit("message",q),q.type==="ping"||q.type==="pong"){D.emit(q.type,!0,q.payload),q.type==="pong"?de():c||(v.send(re(q.payload?{type:B.Pong,payload:q.payload}:{type:B.Pong},y)),D.emit("pong",!1,q.payload));return}if(ne)return;if(q.type!==B.ConnectionAck)throw new Error(`First message cannot be of type ${q.type}`);clearTimeout(G),ne=!0,D.emit("connected",v,q.payload,w),w=!1,M=0;let Le=new Promise((Qn,hn)=>H(hn));Le.catch(()=>{}),R([v,Le])}catch(q){v.onmessage=null,D.emit("error",q),v.close(F.BadResponse,Ne(q instanceof Error?q.message:String(q),"Bad response"))}}})())));E.readyState===C.CLOSING&&await T;let h=()=>{},$=new Promise(R=>h=R);return[E,h,new Promise((R,P)=>{let v=H(P);E.readyState!==C.OPEN&&T.catch(P),$.then(()=>{if(v(),!I){let G=()=>E.close(1e3,"Normal Closure");isFinite(i)&&i>0?(clearTimeout(_),_=setTimeout(()=>{!I&&E.readyState===C.OPEN&&G()},i)):G()}R()})})]}function Ke(E){if(We(E)&&(Sn(E.code)||[F.InternalServerError,F.InternalClientError,F.BadRequest,F.BadResponse,F.Unauthorized,F.SubprotocolNotAcceptable,F.SubscriberAlreadyExists,F.TooManyInitialisationRequests].includes(E.code)))throw E;if(V)return!1;if(We(E)&&E.code===1e3)return I>0;if(!u||M>=u||!g(E))throw E;return w=!0}o||(async()=>{for(I++;;)try{let[,,E]=await K();await E}catch(E){try{if(!Ke(E))return}catch(T){return r?.(T)}}})();function Ue(E,T){let h=f(E),$=!1,R=!1,P=()=>{I--,$=!0};return(async()=>{for(I++;;)try{let[v,G,te]=await K();if($)return te.catch(()=>{}),G();let de=D.onMessage(h,ne=>{switch(ne.type){case B.Next:{T.next(ne.payload);return}case B.Error:{R=!0,$=!0,T.error(ne.payload),P();return}case B.Complete:{$=!0,P();return}}});v.send(re({id:h,type:B.Subscribe,payload:E},y)),P=()=>{!$&&v.readyState===C.OPEN&&v.send(re({id:h,type:B.Complete},y)),I--,$=!0,G()},await te.finally(de);return}catch(v){if(!Ke(v))return}})().then(()=>{R||T.complete()}).catch(v=>{T.error(v)}),()=>{$||P()}}return{on:D.on,subscribe:Ue,iterate(E){let T=[],h={done:!1,error:null,resolve:()=>{}},$=Ue(E,{next(P){T.push(P),h.resolve()},error(P){h.done=!0,h.error=P,h.resolve()},complete(){h.done=!0,h.resolve()}}),R=(async function*(){for(;;){for(T.length||await new Promise(v=>h.resolve=v);T.length;)yield T.shift();if(h.error)throw h.error;if(h.done)return}})();return R.throw=async P=>(h.done||(h.done=!0,h.error=P,h.resolve()),{done:!0,value:void 0}),R.return=async()=>($(),{done:!0,value:void 0}),R},async dispose(){if(V=!0,W){let[E]=await W;E.close(1e3,"Normal Closure")}},terminate(){W&&D.emit("closed",new ae)}}}var ae=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function We(e){return Z(e)&&"code"in e&&"reason"in e}function Sn(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function Rn(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var N=class extends Error{constructor(n,o){super(o.map(r=>`${At(r)}: ${r.message}`).join("; "));this.status=n;this.errors=o}status;errors;get code(){return this.errors[0]?At(this.errors[0]):"UNKNOWN"}};function At(e){return e.extensions?.code??"UNKNOWN"}var ke=class{constructor(t,n){this.key=n;let o=new URL("graphql",t),r=new URL(o);r.protocol=o.protocol==="https:"?"wss:":"ws:",this.http=o.href,this.ws=r.href}key;http;ws;socket;open=!1;async run(t,...[n]){let o;try{o=await fetch(this.http,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",Authorization:`Bearer ${this.key}`},body:JSON.stringify({query:t.toString(),variables:n??{}})})}catch{throw new N(0,[{message:"the server could not be reached",extensions:{code:"NETWORK"}}])}let r;try{r=await o.json()}catch{throw new N(o.status,[{message:`the server answered ${o.status} without a GraphQL body`,extensions:{code:"HTTP"}}])}if(r.errors?.length||r.data==null)throw new N(o.status,r.errors??[]);return r.data}subscribe(t,n,o,r,i){this.socket??=qe({url:this.ws,connectionParams:{Authorization:`Bearer ${this.key}`},lazy:!0,shouldRetry:l=>!(l instanceof CloseEvent&&(l.code===4401||l.code===4403)),retryAttempts:5,on:{connected:()=>this.open=!0,closed:()=>this.open=!1}});let a=()=>{};i&&this.open?setTimeout(i):i&&(a=this.socket.on("connected",()=>setTimeout(i)));let c=this.socket.subscribe({query:t.toString(),variables:n},{next:l=>{l.errors?.length?r(new N(200,l.errors)):l.data&&o(l.data)},error:l=>r(Pn(l)),complete:()=>{}});return()=>{a(),c()}}close(){this.socket?.dispose(),this.socket=void 0}};function Pn(e){if(Array.isArray(e))return new N(200,e);if(e instanceof CloseEvent){let t=e.code===4401?"UNAUTHENTICATED":e.code===4403?"FORBIDDEN":"CLOSED";return new N(0,[{message:e.reason||`the live connection closed (${e.code})`,extensions:{code:t}}])}return new N(0,[{message:"the live connection failed",extensions:{code:"NETWORK"}}])}var On=0;function d(e,t,n,o,r,i){t||(t={});var a,c,l=t;if("ref"in l)for(c in l={},t)c=="ref"?a=t[c]:l[c]=t[c];var u={type:e,props:l,key:n,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--On,__i:-1,__u:0,__source:r,__self:i};if(typeof e=="function"&&(a=e.defaultProps))for(c in a)l[c]===void 0&&(l[c]=a[c]);return x.vnode&&x.vnode(u),u}function Et(){try{return JSON.parse(document.getElementById("app")?.dataset.config??"{}")}catch{return{}}}function Me({error:e}){if(!e)return null;let t=e instanceof N?e:void 0,n=t?.errors.length?t.errors:[{message:String(e?.message??e),extensions:{code:"ERROR"}}];return d("div",{class:"error",role:"alert",children:n.map((o,r)=>{let i=(o.extensions?.fields??[]).filter(a=>!o.message.includes(a.message));return d("div",{children:[d("code",{class:"code",children:o.extensions?.code??"UNKNOWN"})," ",o.message,i.length?d("ul",{children:i.map(a=>d("li",{children:[d("code",{children:a.field}),": ",a.message]},a.field))}):null]},r)})})}function kt(e){let t=yt(),n=e.hint?`${t}-hint`:void 0;return d("div",{class:"field",children:[d("label",{for:t,children:e.label}),e.children(t,n),e.hint?d("small",{id:n,class:"hint",children:e.hint}):null]})}function vt(e,t){let n={};for(let o of e){let r=t[o.name]??"";if(r===""){o.required&&(n[o.name]=`${o.label} is required.`);continue}o.pattern&&!Nn(o.pattern,r)&&(n[o.name]=`${o.label} does not have the expected form.`)}return n}function Nn(e,t){try{return new RegExp(`^(?:${e})$`,"u").test(t)}catch{return!0}}function Ve(e,t){let n={};for(let o of e){let r=t[o.name];r&&(n[o.name]=r)}return n}function Dt(e){return d(j,{children:e.type.fields.map(t=>d(kt,{label:t.label+(t.required?"":" (optional)"),hint:e.problems[t.name],children:(n,o)=>d("input",{id:n,name:t.name,type:t.secret?"password":"text",autocomplete:"off",spellcheck:!1,required:t.required,"aria-invalid":e.problems[t.name]?"true":void 0,"aria-describedby":o,value:e.values[t.name]??"",onInput:r=>e.onInput(t.name,r.target.value)})},t.name))})}function $t(){let[e,t]=Q({}),[n,o]=Q({});return{values:e,problems:n,setProblems:o,onInput:(r,i)=>{t(a=>({...a,[r]:i})),o(a=>{let{[r]:c,...l}=a;return l})},reset:()=>{t({}),o({})}}}function xt(e,t){let[n,o]=Q(void 0),[r,i]=Q(null),[a,c]=Q(!0),l=J(0),u=mt(async()=>{let m=++l.current;c(!0);try{let g=await e();if(m!==l.current)return;o(g),i(null)}catch(g){if(m!==l.current)return;i(g)}finally{m===l.current&&c(!1)}},t);return Y(()=>{u()},[u]),{data:n,error:r,loading:a,reload:u}}var A=class extends String{__apiType;value;__meta__;constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}},Tt=new A(`
    query ConnectStart {
  viewer {
    permission
    authAccess {
      personId
      sources
      expiresTime
    }
  }
  sources(first: 100) {
    edges {
      node {
        key
        name
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            fields {
              name
              label
              secret
              required
              pattern
            }
          }
        }
      }
    }
  }
  platformApps(first: 100, orderBy: [{field: CREATED_TIME, direction: ASC}]) {
    edges {
      node {
        id
        source {
          key
        }
      }
    }
  }
}
    `),It=new A(`
    mutation ConnectAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
  }
}
    `),wt=new A(`
    mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
  startOAuthConnect(input: $input) {
    connectUrl
    oauthConnect {
      id
      status
      source
      expiresTime
    }
  }
}
    `),St=new A(`
    query OAuthConnect($id: ID!) {
  oauthConnect(id: $id) {
    id
    status
    accountId
    alreadyExists
    account {
      id
      identifier
      source {
        key
        name
      }
    }
    errorCode
    expiresTime
  }
}
    `),Rt=new A(`
    query ConsoleViewer {
  viewer {
    permission
    environment {
      id
      name
      slug
    }
    authAccess {
      id
      name
      personId
    }
  }
}
    `),Pt=new A(`
    query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  accounts(
    filter: $filter
    sortBy: $sortBy
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        identifier
        displayName
        isEnabled
        disabledReason
        verificationStatus
        verifiedTime
        verificationError
        createdTime
        source {
          key
          name
        }
        creator {
          kind
          personId
          authAccess {
            name
          }
        }
      }
    }
  }
}
    `),Ot=new A(`
    query ConsoleAccount($id: ID!, $events: String!) {
  account(id: $id) {
    id
    identifier
    identifierKind
    displayName
    externalId
    foreignId
    metadata
    isEnabled
    disabledReason
    verificationStatus
    verifiedTime
    verificationError
    createdTime
    updatedTime
    credentialType
    source {
      key
      name
    }
    platformApp {
      name
    }
    creator {
      kind
      personId
      authAccess {
        name
      }
    }
  }
  events(filter: $events, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        createdTime
        data
        personId
        authAccess {
          name
        }
      }
    }
  }
}
    `),Nt=new A(`
    query ConsoleCatalog {
  sources(first: 100) {
    edges {
      node {
        id
        key
        name
        verification {
          baseUrl
          method
          path
          placement
          identifierPath
        }
        credentialTypes {
          key
          name
          requiresPlatformApp
          fields {
            name
            label
            secret
            required
            pattern
          }
          hostedOAuth {
            defaultScopes
          }
        }
      }
    }
  }
}
    `),Wt=new A(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        oauthScopes
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `),qt=new A(`
    mutation ConsoleCreateAccount($input: CreateAccountInput!) {
  createAccount(input: $input) {
    alreadyExists
    account {
      id
      identifier
      source {
        name
      }
    }
  }
}
    `),Mt=new A(`
    mutation ConsoleVerifyAccount($id: ID!) {
  verifyAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
      verificationStatus
      verifiedTime
      verificationError
    }
  }
}
    `),Vt=new A(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Kt=new A(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Ut=new A(`
    mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {
  deleteAccount(id: $id, revoke: $revoke) {
    deletedId
    revocation
    revocationError
  }
}
    `),Lt=new A(`
    mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {
  updateAccount(id: $id, change: $change, remove: $remove) {
    account {
      id
      identifier
      displayName
      metadata
      foreignId
    }
  }
}
    `),Ft=new A(`
    query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  authAccesses(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        name
        description
        foreignId
        foreignData
        token
        permission
        isEnabled
        lastUsedTime
        expiresTime
        personId
        sources
        createdTime
      }
    }
  }
}
    `),Bt=new A(`
    mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {
  createAuthAccess(input: $input) {
    secretKey
    authAccess {
      id
      name
      token
      permission
    }
  }
}
    `),Ht=new A(`
    mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {
  rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) {
    secretKey
    previousSecretExpiresTime
    authAccess {
      id
      name
    }
  }
}
    `),Qt=new A(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),jt=new A(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),Gt=new A(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `),zt=new A(`
    mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {
  createConnectSession(input: $input) {
    secretKey
    expiresTime
    authAccess {
      id
      name
      personId
      sources
    }
  }
}
    `),Yt=new A(`
    query ConsoleRecentEvents($filter: String) {
  events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {
    edges {
      node {
        id
        type
        subjectId
        personId
        createdTime
        data
        authAccess {
          name
        }
      }
    }
  }
}
    `),Xt=new A(`
    subscription ConsoleEvents($types: [EventType!]) {
  events(types: $types) {
    id
    type
    subjectId
    personId
    createdTime
    data
    authAccess {
      name
    }
  }
}
    `),Jt=new A(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `),Zt=new A(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `),en=new A(`
    query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookEndpoints(
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        url
        description
        eventTypes
        isEnabled
        disabledReason
        failingSince
        previousSecretExpiresTime
        createdTime
      }
    }
  }
}
    `),tn=new A(`
    query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
  webhookDeliveries(
    filter: $filter
    sortBy: "createdTime:DESC"
    first: $first
    after: $after
    last: $last
    before: $before
  ) {
    pageInfo {
      hasNextPage
      hasPreviousPage
      startCursor
      endCursor
    }
    edges {
      node {
        id
        status
        attemptCount
        nextAttemptTime
        deliveredTime
        createdTime
        subjectId
        endpoint {
          id
          url
        }
        event {
          id
          type
        }
        attempts {
          createdTime
          statusCode
          durationMs
          error
        }
      }
    }
  }
}
    `),nn=new A(`
    mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    secret
    webhookEndpoint {
      id
      url
    }
  }
}
    `),on=new A(`
    mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {
  rotateWebhookEndpointSecret(id: $id, overlap: $overlap) {
    secret
    webhookEndpoint {
      id
      previousSecretExpiresTime
    }
  }
}
    `),rn=new A(`
    mutation ConsoleEnableWebhookEndpoint($id: ID!) {
  enableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),sn=new A(`
    mutation ConsoleDisableWebhookEndpoint($id: ID!) {
  disableWebhookEndpoint(id: $id) {
    webhookEndpoint {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),an=new A(`
    mutation ConsoleDeleteWebhookEndpoint($id: ID!) {
  deleteWebhookEndpoint(id: $id) {
    deletedId
  }
}
    `),cn=new A(`
    mutation ConsoleRedeliverWebhook($id: ID!) {
  redeliverWebhook(id: $id) {
    webhookDelivery {
      id
      status
      nextAttemptTime
    }
  }
}
    `);var qn={"\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes {\n            key name requiresPlatformApp\n            fields { name label secret required pattern }\n            hostedOAuth { fields { name label secret required pattern } }\n          }\n        }\n      }\n    }\n    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }\n  }\n":Tt,"\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n":It,"\n  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {\n    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }\n  }\n":wt,"\n  query OAuthConnect($id: ID!) {\n    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }\n  }\n":St,"\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n":Rt,"\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n":Pt,'\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n':Ot,"\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } hostedOAuth { defaultScopes } }\n        }\n      }\n    }\n  }\n":Nt,'\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: "name") {\n      edges { node { id name clientId oauthScopes createdTime source { key name } } }\n    }\n  }\n':Wt,"\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n":qt,"\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n":Mt,"\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Vt,"\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Kt,"\n  mutation ConsoleDeleteAccount($id: ID!, $revoke: Boolean) {\n    deleteAccount(id: $id, revoke: $revoke) { deletedId revocation revocationError }\n  }\n":Ut,"\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n":Lt,'\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n':Ft,"\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n":Bt,"\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n":Ht,"\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":Qt,"\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":jt,"\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n":Gt,"\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n":zt,'\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n':Yt,"\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n":Xt,"\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n":Jt,"\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n":Zt,'\n  query ConsoleWebhookEndpoints($first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookEndpoints(sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node { id url description eventTypes isEnabled disabledReason failingSince previousSecretExpiresTime createdTime }\n      }\n    }\n  }\n':en,'\n  query ConsoleWebhookDeliveries($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    webhookDeliveries(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id status attemptCount nextAttemptTime deliveredTime createdTime subjectId\n          endpoint { id url }\n          event { id type }\n          attempts { createdTime statusCode durationMs error }\n        }\n      }\n    }\n  }\n':tn,"\n  mutation ConsoleCreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) { secret webhookEndpoint { id url } }\n  }\n":nn,"\n  mutation ConsoleRotateWebhookSecret($id: ID!, $overlap: Int) {\n    rotateWebhookEndpointSecret(id: $id, overlap: $overlap) { secret webhookEndpoint { id previousSecretExpiresTime } }\n  }\n":on,"\n  mutation ConsoleEnableWebhookEndpoint($id: ID!) {\n    enableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":rn,"\n  mutation ConsoleDisableWebhookEndpoint($id: ID!) {\n    disableWebhookEndpoint(id: $id) { webhookEndpoint { id isEnabled disabledReason } }\n  }\n":sn,"\n  mutation ConsoleDeleteWebhookEndpoint($id: ID!) {\n    deleteWebhookEndpoint(id: $id) { deletedId }\n  }\n":an,"\n  mutation ConsoleRedeliverWebhook($id: ID!) {\n    redeliverWebhook(id: $id) { webhookDelivery { id status nextAttemptTime } }\n  }\n":cn};function ce(e){return qn[e]??{}}var un=ce(`
  query ConnectStart {
    viewer { permission authAccess { personId sources expiresTime } }
    sources(first: 100) {
      edges {
        node {
          key name
          credentialTypes {
            key name requiresPlatformApp
            fields { name label secret required pattern }
            hostedOAuth { fields { name label secret required pattern } }
          }
        }
      }
    }
    platformApps(first: 100, orderBy: [{ field: CREATED_TIME, direction: ASC }]) { edges { node { id source { key } } } }
  }
`),ln=ce(`
  mutation ConnectAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }
  }
`),dn=ce(`
  mutation StartOAuthConnect($input: StartOAuthConnectInput!) {
    startOAuthConnect(input: $input) { connectUrl oauthConnect { id status source expiresTime } }
  }
`),pn=ce(`
  query OAuthConnect($id: ID!) {
    oauthConnect(id: $id) { id status accountId alreadyExists account { id identifier source { key name } } errorCode expiresTime }
  }
`);function ve(e,t){return{ok:!1,error:new N(0,[{message:t,extensions:{code:e}}])}}var fn=1500,Mn=new Set(["NETWORK","HTTP","RATE_LIMITED","UNAVAILABLE"]);function mn(e){let t=J(null),n=()=>{t.current?.stop(),t.current=null};return Y(()=>n,[]),{start:(r,i,a)=>{n();let c="",l,u={stop:()=>{removeEventListener("message",s),clearTimeout(l),r.closed||r.close()}};t.current=u;let m=()=>t.current===u,g=f=>{m()&&(n(),a(f))},s=f=>{if(f.origin!==window.location.origin||f.source!==r)return;let y=f.data,b=y?.result;y?.latchkey!=="oauth-result"||!b||!c||b.flow!==c||(b.status==="success"&&b.accountId?g({ok:!0,accountId:b.accountId,source:b.source??i.source,identifier:b.identifier??"",alreadyExists:b.alreadyExists===!0}):g(ve(b.code??"UNKNOWN",b.message??"the connect ended without an account")))},p=async()=>{try{let f=(await e.run(pn,{id:c})).oauthConnect;if(!m())return;if(!f)return g(ve("NOT_FOUND","the connect is gone"));if(f.status==="DONE"&&f.accountId)return g({ok:!0,accountId:f.accountId,source:f.account?.source.key??i.source,identifier:f.account?.identifier??"",alreadyExists:f.alreadyExists});if(f.status==="EXPIRED")return g(ve("FLOW_EXPIRED","not finished in time"));if(f.status==="FAILED"){let y=f.errorCode??"UNKNOWN";return g(ve(y,y==="ACCESS_DENIED"?"declined at the consent page":"the connect ended without an account"))}}catch(f){if(!m())return;if(!(f instanceof N)||!Mn.has(f.code))return g({ok:!1,error:f})}l=setTimeout(p,fn)};(async()=>{try{let f=(await e.run(dn,{input:i})).startOAuthConnect;if(!m())return;c=f.oauthConnect.id,addEventListener("message",s),r.location.href=f.connectUrl,l=setTimeout(p,fn)}catch(f){g({ok:!1,error:f})}})()},cancel:n}}var yn="latchkey-oauth";function gn(e){let t=J(new ke(document.baseURI,e.sessionKey)).current,n=xt(()=>t.run(un),[]),[o,r]=Q(""),[i,a]=Q(!1),[c,l]=Q({name:"form"}),u=$t(),m=mn(t),g=J(null),s=()=>e.send({latchkey:"close"});Ln(g,s);let p=n.error?{code:n.error instanceof N?n.error.code:"UNKNOWN",message:n.error.message}:n.data&&(n.data.viewer.permission!=="CREDENTIALS_IN_ONLY"||!n.data.viewer.authAccess.personId)?{code:"NOT_A_CONNECT_SESSION",message:"the widget takes a connect session\u2019s key (createConnectSession), not an API key"}:null;Y(()=>{p&&e.send({latchkey:"event",event:{type:"error",...p}})},[p?.code]),Y(()=>{let _=g.current;_&&(n.data||n.error)&&(_.querySelector("form select, form input, form button.primary:not([disabled])")??_.querySelector(".buttons button"))?.focus()},[n.data,n.error,c.name,o,i]);let f=n.data?Vn(n.data,e.only):[],y=f.length===1?f[0]:f.find(_=>_.key===o),b=y?.oauth&&!(i&&y.form)?y.oauth:void 0,k=b?{...b.type,fields:b.fields}:y?.form,C=(_,w)=>{u.reset(),l({name:"added",source:_.source.name,identifier:_.identifier,alreadyExists:w}),e.send({latchkey:"event",event:{type:"account-added",accountId:_.id,source:_.source.key,identifier:_.identifier,alreadyExists:w}})},D=(_,w)=>{l({name:"failed",error:_}),_ instanceof N&&_.code==="VERIFICATION_FAILED"&&e.send({latchkey:"event",event:{type:"verification-failed",source:w,reason:_.errors[0]?.message??""}})},H=async _=>{if(_.preventDefault(),!y||!k)return;let w=vt(k.fields,u.values);if(u.setProblems(w),!Object.keys(w).length){if(b){W(y,b);return}l({name:"sending"});try{let M=await t.run(ln,{input:{source:y.key,credentialType:k.key,credentials:Ve(k.fields,u.values)}});C(M.createAccount.account,M.createAccount.alreadyExists)}catch(M){D(M,y.key)}}},W=(_,w)=>{let M=window.open("",yn,"popup,width=520,height=680");if(!M){l({name:"failed",error:null,headline:`Your browser blocked the window to connect ${_.name} in. Allow pop-ups for this page, then try again.`});return}l({name:"waiting"});let V=Ve(w.fields,u.values);m.start(M,{source:_.key,credentialType:w.type.key,platformApp:w.app,values:Object.keys(V).length?V:void 0},K=>{K.ok?C({id:K.accountId,identifier:K.identifier,source:{key:K.source,name:_.name}},K.alreadyExists):D(K.error,_.key)})},I;return p?I=d(j,{children:[d("p",{class:"failure",role:"alert",children:["This connect session cannot be used",n.error?": it may have expired":"",". Close this window and start again."]}),n.error?d(Me,{error:n.error}):d("p",{class:"hint",children:[p.message,"."]}),d("div",{class:"buttons",children:d("button",{type:"button",onClick:s,children:"Close"})})]}):n.data?f.length===0?I=d("p",{children:"No source can be connected from here."}):c.name==="added"?I=d("div",{role:"status",children:[d("p",{class:"success",children:c.alreadyExists?`This ${c.source} account (${c.identifier}) was already connected; its credentials were refreshed.`:`Your ${c.source} account (${c.identifier}) is connected.`}),d("div",{class:"buttons",children:[d("button",{type:"button",onClick:()=>l({name:"form"}),children:"Connect another"}),d("button",{type:"button",class:"primary",onClick:s,children:"Done"})]})]}):c.name==="failed"?I=d("div",{children:[d("p",{class:"failure",role:"alert",children:c.headline??Kn(c.error,y?.name)}),d(Me,{error:c.error}),d("div",{class:"buttons",children:[d("button",{type:"button",onClick:s,children:"Close"}),d("button",{type:"button",class:"primary",onClick:()=>l({name:"form"}),children:"Try again"})]})]}):c.name==="waiting"?I=d("div",{children:[d("p",{role:"status",children:"Finish connecting in the window that opened\u2026"}),d("p",{class:"hint",children:["It closes by itself once ",y?.name," has answered. If you closed it, cancel and start again."]}),d("div",{class:"buttons",children:d("button",{type:"button",onClick:()=>{m.cancel(),l({name:"form"})},children:"Cancel"})})]}):I=d("form",{onSubmit:H,noValidate:!0,"aria-busy":c.name==="sending",children:[f.length>1?d("div",{class:"field",children:[d("label",{for:"lk-source",children:"Service"}),d("select",{id:"lk-source",value:o,onChange:_=>{r(_.target.value),a(!1),u.reset()},children:[d("option",{value:"",children:"Choose a service\u2026"}),f.map(_=>d("option",{value:_.key,children:_.name},_.key))]})]}):null,k?d(Dt,{type:k,values:u.values,problems:u.problems,onInput:u.onInput}):null,d("div",{class:"buttons",children:[d("button",{type:"button",onClick:s,children:"Cancel"}),d("button",{type:"submit",class:"primary",disabled:!k||c.name==="sending",children:c.name==="sending"?"Checking with the service\u2026":b?`Continue with ${y?.name}`:"Connect"})]}),y?.oauth&&y.form?d("p",{class:"other-way",children:d("button",{type:"button",class:"link",onClick:()=>a(b!==void 0),disabled:c.name==="sending",children:b?`Enter ${Un(y.form.name)} instead`:`Continue with ${y.name} instead`})}):null,c.name==="sending"?d("p",{role:"status",class:"hint",children:["Checking these credentials with ",y?.name,"\u2026"]}):null]}):I=d("p",{class:"loading",children:"Loading\u2026"}),d("main",{class:"widget",ref:g,"aria-labelledby":"lk-title",children:[d("header",{class:"dialog-head",children:[d("h1",{id:"lk-title",children:y?`Connect ${y.name}`:"Connect an account"}),d("button",{type:"button",class:"icon","aria-label":"Close",onClick:s,children:"\xD7"})]}),I,d("p",{class:"fine",children:"Your credentials are checked with the service, stored encrypted and never shown again."})]})}function Vn(e,t){let n=new Map;for(let r of e.platformApps.edges)n.has(r.node.source.key)||n.set(r.node.source.key,r.node.id);let o=e.viewer.authAccess.sources;return e.sources.edges.map(r=>r.node).filter(r=>(!o||o.includes(r.key))&&(!t||t.includes(r.key))).map(r=>{let i=n.get(r.key),a=i?r.credentialTypes.find(c=>c.hostedOAuth):void 0;return{key:r.key,name:r.name,form:r.credentialTypes.find(c=>!c.requiresPlatformApp),oauth:i&&a?.hostedOAuth?{type:a,fields:a.hostedOAuth.fields,app:i}:void 0}}).filter(r=>r.form||r.oauth)}function Kn(e,t="The source"){switch(e instanceof N?e.code:""){case"VERIFICATION_FAILED":return`${t} did not accept these credentials, so nothing was saved.`;case"ACCESS_DENIED":return"The connection was declined, so nothing was connected.";case"FLOW_EXPIRED":return"The connection was not finished in time, so nothing was connected.";default:return"The account could not be connected."}}function Un(e){let t=e.toLowerCase();return(/^[aeiou]/.test(t)?"an ":"a ")+t}function Ln(e,t){Y(()=>{let n=o=>{if(o.key==="Escape"){o.preventDefault(),t();return}if(o.key!=="Tab"||!e.current)return;let r=[...e.current.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])")],i=r[0],a=r[r.length-1];!i||!a||(o.shiftKey&&(document.activeElement===i||!e.current.contains(document.activeElement))?(o.preventDefault(),a.focus()):!o.shiftKey&&(document.activeElement===a||!e.current.contains(document.activeElement))&&(o.preventDefault(),i.focus()))};return document.addEventListener("keydown",n),()=>document.removeEventListener("keydown",n)},[])}var ue=document.getElementById("app"),le=Et().origins??[];function Fn(e){return t=>window.parent.postMessage(t,e)}function Bn(e){let t=document.documentElement;if(e==="dark"||e==="light"){t.classList.add(e);return}for(let[n,o]of Object.entries(e??{}))/^--lk-[a-z-]{1,40}$/.test(n)&&typeof o=="string"&&/^[#\w\s.,%()/"'-]{0,100}$/.test(o)&&!/url|image|src/i.test(o)&&t.style.setProperty(n,o)}function Hn(){if(!ue)return;if(window.parent===window||le.length===0){ue.textContent="",Re(d("main",{class:"widget",children:[d("h1",{children:"Connect an account"}),d("p",{children:["This page opens inside a website\u2019s connect window, through ",d("code",{children:"/connect.js"}),le.length===0?", and this server allows no website to show it yet (LATCHKEY_CORS_ORIGINS)":"","."]})]}),ue);return}let e=!1;addEventListener("message",o=>{if(e||o.source!==window.parent||!le.includes(o.origin))return;let r=o.data;if(!r||r.latchkey!=="init"||typeof r.sessionKey!="string")return;e=!0,Bn(r.theme);let i=Fn(o.origin),a=Array.isArray(r.sources)?r.sources.filter(c=>typeof c=="string"):void 0;ue.textContent="",Re(d(gn,{sessionKey:r.sessionKey,only:a,send:i}),ue)});let t=window.location.ancestorOrigins?.[0],n=t!==void 0?le.filter(o=>o===t):le;for(let o of n)window.parent.postMessage({latchkey:"ready"},o)}Hn();})();
