"use strict";(()=>{var he,E,Qe,tt,G,Le,We,je,Ee,pe,ie,ze,$e,xe,ke,ot,ye={},ge=[],rt=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ce=Array.isArray;function j(e,n){for(var t in n)e[t]=n[t];return e}function we(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function it(e,n,t){var o,s,r,a={};for(r in n)r=="key"?o=n[r]:r=="ref"?s=n[r]:a[r]=n[r];if(arguments.length>2&&(a.children=arguments.length>3?he.call(arguments,2):t),typeof e=="function"&&e.defaultProps!=null)for(r in e.defaultProps)a[r]===void 0&&(a[r]=e.defaultProps[r]);return fe(e,a,o,s,null)}function fe(e,n,t,o,s){var r={type:e,props:n,key:t,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:s??++Qe,__i:-1,__u:0};return s==null&&E.vnode!=null&&E.vnode(r),r}function B(e){return e.children}function me(e,n){this.props=e,this.context=n}function J(e,n){if(n==null)return e.__?J(e.__,e.__i+1):null;for(var t;n<e.__k.length;n++)if((t=e.__k[n])!=null&&t.__e!=null)return t.__e;return typeof e.type=="function"?J(e):null}function st(e){if(e.__P&&e.__d){var n=e.__v,t=n.__e,o=[],s=[],r=j({},n);r.__v=n.__v+1,E.vnode&&E.vnode(r),De(e.__P,r,n,e.__n,e.__P.namespaceURI,32&n.__u?[t]:null,o,t??J(n),!!(32&n.__u),s),r.__v=n.__v,r.__.__k[r.__i]=r,Ze(o,r,s),n.__e=n.__=null,r.__e!=t&&Ge(r)}}function Ge(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(n){if(n!=null&&n.__e!=null)return e.__e=e.__c.base=n.__e}),Ge(e)}function Fe(e){(!e.__d&&(e.__d=!0)&&G.push(e)&&!_e.__r++||Le!=E.debounceRendering)&&((Le=E.debounceRendering)||We)(_e)}function _e(){try{for(var e,n=1;G.length;)G.length>n&&G.sort(je),e=G.shift(),n=G.length,st(e)}finally{G.length=_e.__r=0}}function Ye(e,n,t,o,s,r,a,u,l,c,f){var A,i,d,C,S,x,m=o&&o.__k||ge,y=n.length;for(l=at(t,n,m,l,y),A=0;A<y;A++)(d=t.__k[A])!=null&&(i=d.__i!=-1&&m[d.__i]||ye,d.__i=A,x=De(e,d,i,s,r,a,u,l,c,f),C=d.__e,d.ref&&i.ref!=d.ref&&(i.ref&&Te(i.ref,null,d),f.push(d.ref,d.__c||C,d)),S==null&&C!=null&&(S=C),4&d.__u?(l=Je(d,l,e),i.__e&&(i.__e=null)):typeof d.type=="function"&&x!==void 0?l=x:C&&(l=C.nextSibling),d.__u&=-7);return t.__e=S,l}function at(e,n,t,o,s){var r,a,u,l,c,f=t.length,A=f,i=0;for(e.__k=new Array(s),r=0;r<s;r++)(a=n[r])!=null&&typeof a!="boolean"&&typeof a!="function"?(typeof a=="string"||typeof a=="number"||typeof a=="bigint"||a.constructor==String?a=e.__k[r]=fe(null,a,null,null,null):Ce(a)?a=e.__k[r]=fe(B,{children:a},null,null,null):a.constructor===void 0&&a.__b>0?a=e.__k[r]=fe(a.type,a.props,a.key,a.ref?a.ref:null,a.__v):e.__k[r]=a,l=r+i,a.__=e,a.__b=e.__b+1,u=null,(c=a.__i=ct(a,t,l,A))!=-1&&(A--,(u=t[c])&&(u.__u|=2)),u==null||u.__v==null?(c==-1&&(s>f?i--:s<f&&i++),typeof a.type!="function"&&(a.__u|=4)):c!=l&&(c==l-1?i--:c==l+1?i++:(c>l?i--:i++,a.__u|=4))):e.__k[r]=null;if(A)for(r=0;r<f;r++)(u=t[r])!=null&&(2&u.__u)==0&&(u.__e==o&&(o=J(u)),nn(u,u));return o}function Je(e,n,t){var o,s;if(typeof e.type=="function"){for(o=e.__k,s=0;o&&s<o.length;s++)o[s]&&(o[s].__=e,n=Je(o[s],n,t));return n}e.__e!=n&&(n&&e.type&&!n.parentNode&&(n=J(e)),n=t.insertBefore(e.__e,n||null));do n=n&&n.nextSibling;while(n!=null&&n.nodeType==8);return n}function ct(e,n,t,o){var s,r,a,u=e.key,l=e.type,c=n[t],f=c!=null&&(2&c.__u)==0;if(c===null&&u==null||f&&u==c.key&&l==c.type)return t;if(o>(f?1:0)){for(s=t-1,r=t+1;s>=0||r<n.length;)if((c=n[a=s>=0?s--:r++])!=null&&(2&c.__u)==0&&u==c.key&&l==c.type)return a}return-1}function Be(e,n,t){n[0]=="-"?e.setProperty(n,t??""):e[n]=t==null?"":typeof t!="number"||rt.test(n)?t:t+"px"}function de(e,n,t,o,s){var r,a;e:if(n=="style")if(typeof t=="string")e.style.cssText=t;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(n in o)t&&n in t||Be(e.style,n,"");if(t)for(n in t)o&&t[n]==o[n]||Be(e.style,n,t[n])}else if(n[0]=="o"&&n[1]=="n")r=n!=(n=n.replace(ze,"$1")),a=n.toLowerCase(),n=a in e||n=="onFocusOut"||n=="onFocusIn"?a.slice(2):n.slice(2),e.l||(e.l={}),e.l[n+r]=t,t?o?t[ie]=o[ie]:(t[ie]=$e,e.addEventListener(n,r?ke:xe,r)):e.removeEventListener(n,r?ke:xe,r);else{if(s=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in e)try{e[n]=t??"";break e}catch{}typeof t=="function"||(t==null||t===!1&&n[4]!="-"?e.removeAttribute(n):e.setAttribute(n,n=="popover"&&t==1?"":t))}}function He(e){return function(n){if(this.l){var t=this.l[n.type+e];if(n[pe]==null)n[pe]=$e++;else if(n[pe]<t[ie])return;return t(E.event?E.event(n):n)}}}function De(e,n,t,o,s,r,a,u,l,c){var f,A,i,d,C,S,x,m,y,_,q,N,K,Z,F,z,U=n.type;if(n.constructor!==void 0)return null;128&t.__u&&(l=!!(32&t.__u),r=[u=n.__e=t.__e]),(f=E.__b)&&f(n);e:if(typeof U=="function"){A=a.length;try{if(y=n.props,_=U.prototype&&U.prototype.render,q=(f=U.contextType)&&o[f.__c],N=f?q?q.props.value:f.__:o,t.__c?m=(i=n.__c=t.__c).__=i.__E:(_?n.__c=i=new U(y,N):(n.__c=i=new me(y,N),i.constructor=U,i.render=lt),q&&q.sub(i),i.state||(i.state={}),i.__n=o,d=i.__d=!0,i.__h=[],i._sb=[]),_&&i.__s==null&&(i.__s=i.state),_&&U.getDerivedStateFromProps!=null&&(i.__s==i.state&&(i.__s=j({},i.__s)),j(i.__s,U.getDerivedStateFromProps(y,i.__s))),C=i.props,S=i.state,i.__v=n,d)_&&U.getDerivedStateFromProps==null&&i.componentWillMount!=null&&i.componentWillMount(),_&&i.componentDidMount!=null&&i.__h.push(i.componentDidMount);else{if(_&&U.getDerivedStateFromProps==null&&y!==C&&i.componentWillReceiveProps!=null&&i.componentWillReceiveProps(y,N),n.__v==t.__v||!i.__e&&i.shouldComponentUpdate!=null&&i.shouldComponentUpdate(y,i.__s,N)===!1){n.__v!=t.__v&&(i.props=y,i.state=i.__s,i.__d=!1),n.__e=t.__e,n.__k=t.__k,n.__k.some(function(Q){Q&&(Q.__=n)}),ge.push.apply(i.__h,i._sb),i._sb=[],i.__h.length&&a.push(i),u=J(t);break e}i.componentWillUpdate!=null&&i.componentWillUpdate(y,i.__s,N),_&&i.componentDidUpdate!=null&&i.__h.push(function(){i.componentDidUpdate(C,S,x)})}if(i.context=N,i.props=y,i.__P=e,i.__e=!1,K=E.__r,Z=0,_)i.state=i.__s,i.__d=!1,K&&K(n),f=i.render(i.props,i.state,i.context),ge.push.apply(i.__h,i._sb),i._sb=[];else do i.__d=!1,K&&K(n),f=i.render(i.props,i.state,i.context),i.state=i.__s;while(i.__d&&++Z<25);i.state=i.__s,i.getChildContext!=null&&(o=j(j({},o),i.getChildContext())),_&&!d&&i.getSnapshotBeforeUpdate!=null&&(x=i.getSnapshotBeforeUpdate(C,S)),F=f!=null&&f.type===B&&f.key==null?en(f.props.children):f,u=Ye(e,Ce(F)?F:[F],n,t,o,s,r,a,u,l,c),i.base=n.__e,n.__u&=-161,i.__h.length&&a.push(i),m&&(i.__E=i.__=null)}catch(Q){if(a.length=A,n.__v=null,l||r!=null){if(Q.then){for(n.__u|=l?160:128;u&&u.nodeType==8&&u.nextSibling;)u=u.nextSibling;r!=null&&(r[r.indexOf(u)]=null),n.__e=u}else if(r!=null)for(z=r.length;z--;)we(r[z])}else n.__e=t.__e;n.__k==null&&(n.__k=t.__k||[]),Q.then||Xe(n),E.__e(Q,n,t)}}else r==null&&n.__v==t.__v?(n.__k=t.__k,n.__e=t.__e):u=n.__e=ut(t.__e,n,t,o,s,r,a,l,c);return(f=E.diffed)&&f(n),128&n.__u?void 0:u}function Xe(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(Xe))}function Ze(e,n,t){for(var o=0;o<t.length;o++)Te(t[o],t[++o],t[++o]);E.__c&&E.__c(n,e),e.some(function(s){try{e=s.__h,s.__h=[],e.some(function(r){r.call(s)})}catch(r){E.__e(r,s.__v)}})}function en(e){return typeof e!="object"||e==null||e.__b>0?e:Ce(e)?e.map(en):e.constructor!==void 0?null:j({},e)}function ut(e,n,t,o,s,r,a,u,l){var c,f,A,i,d,C,S,x=t.props||ye,m=n.props,y=n.type;if(y=="svg"?s="http://www.w3.org/2000/svg":y=="math"?s="http://www.w3.org/1998/Math/MathML":s||(s="http://www.w3.org/1999/xhtml"),r!=null){for(c=0;c<r.length;c++)if((d=r[c])&&"setAttribute"in d==!!y&&(y?d.localName==y:d.nodeType==3)){e=d,r[c]=null;break}}if(e==null){if(y==null)return document.createTextNode(m);e=document.createElementNS(s,y,m.is&&m),u&&(E.__m&&E.__m(n,r),u=!1),r=null}if(y==null)x===m||u&&e.data==m||(e.data=m);else{if(r=y=="textarea"&&m.defaultValue!=null?null:r&&he.call(e.childNodes),!u&&r!=null)for(x={},c=0;c<e.attributes.length;c++)x[(d=e.attributes[c]).name]=d.value;for(c in x)d=x[c],c=="dangerouslySetInnerHTML"?A=d:c=="children"||c in m||c=="value"&&"defaultValue"in m||c=="checked"&&"defaultChecked"in m||de(e,c,null,d,s);for(c in m)d=m[c],c=="children"?i=d:c=="dangerouslySetInnerHTML"?f=d:c=="value"?C=d:c=="checked"?S=d:u&&typeof d!="function"||x[c]===d||de(e,c,d,x[c],s);if(f)u||A&&(f.__html==A.__html||f.__html==e.innerHTML)||(e.innerHTML=f.__html),n.__k=[];else if(A&&(e.innerHTML=""),Ye(n.type=="template"?e.content:e,Ce(i)?i:[i],n,t,o,y=="foreignObject"?"http://www.w3.org/1999/xhtml":s,r,a,r?r[0]:t.__k&&J(t,0),u,l),r!=null)for(c=r.length;c--;)we(r[c]);u&&y!="textarea"||(c="value",y=="progress"&&C==null?e.removeAttribute("value"):C!=null&&(C!==e[c]||y=="progress"&&!C||y=="option"&&C!=x[c])&&de(e,c,C,x[c],s),c="checked",S!=null&&S!=e[c]&&de(e,c,S,x[c],s))}return e}function Te(e,n,t){try{if(typeof e=="function"){var o=typeof e.__u=="function";o&&e.__u(),o&&n==null||(e.__u=e(n))}else e.current=n}catch(s){E.__e(s,t)}}function nn(e,n,t){var o,s;if(E.unmount&&E.unmount(e),(o=e.ref)&&(o.current&&o.current!=e.__e||Te(o,null,n)),(o=e.__c)!=null){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(r){E.__e(r,n)}o.base=o.__P=o.__n=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&nn(o[s],n,t||typeof e.type!="function");t||we(e.__e),e.__c=e.__=e.__e=void 0}function lt(e,n,t){return this.constructor(e,t)}function Ie(e,n,t){var o,s,r,a;n==document&&(n=document.documentElement),E.__&&E.__(e,n),s=(o=typeof t=="function")?null:t&&t.__k||n.__k,r=[],a=[],De(n,e=(!o&&t||n).__k=it(B,null,[e]),s||ye,ye,n.namespaceURI,!o&&t?[t]:s?null:n.firstChild?he.call(n.childNodes):null,r,!o&&t?t:s?s.__e:n.firstChild,o,a),Ze(r,e,a),e.props.children=null}he=ge.slice,E={__e:function(e,n,t,o){for(var s,r,a;n=n.__;)if((s=n.__c)&&!s.__)try{if((r=s.constructor)&&r.getDerivedStateFromError!=null&&(s.setState(r.getDerivedStateFromError(e)),a=s.__d),s.componentDidCatch!=null&&(s.componentDidCatch(e,o||{}),a=s.__d),a)return s.__E=s}catch(u){e=u}throw e}},Qe=0,tt=function(e){return e!=null&&e.constructor===void 0},me.prototype.setState=function(e,n){var t;t=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=j({},this.state),typeof e=="function"&&(e=e(j({},t),this.props)),e&&j(t,e),e!=null&&this.__v&&(n&&this._sb.push(n),Fe(this))},me.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Fe(this))},me.prototype.render=B,G=[],We=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,je=function(e,n){return e.__v.__b-n.__v.__b},_e.__r=0,Ee=Math.random().toString(8),pe="__d"+Ee,ie="__a"+Ee,ze=/(PointerCapture)$|Capture$/i,$e=0,xe=He(!1),ke=He(!0),ot=0;var te,w,Se,tn,se=0,dn=[],I=E,on=I.__b,rn=I.__r,sn=I.diffed,an=I.__c,cn=I.unmount,un=I.__;function Ae(e,n){I.__h&&I.__h(w,e,se||n),se=0;var t=w.__H||(w.__H={__:[],__h:[]});return e>=t.__.length&&t.__.push({}),t.__[e]}function H(e){return se=1,dt(gn,e)}function dt(e,n,t){var o=Ae(te++,2);if(o.t=e,!o.__c&&(o.__=[t?t(n):gn(void 0,n),function(u){var l=o.__N?o.__N[0]:o.__[0],c=o.t(l,u);l!==c&&(o.__N=[c,o.__[1]],o.__c.setState({}))}],o.__c=w,!w.__f)){var s=function(u,l,c){if(!o.__c.__H)return!0;var f=!1,A=o.__c.props!==u;if(o.__c.__H.__.some(function(d){if(d.__N){f=!0;var C=d.__[0];d.__=d.__N,d.__N=void 0,C!==d.__[0]&&(A=!0)}}),r){var i=r.call(this,u,l,c);return f?i||A:i}return!f||A};w.__f=!0;var r=w.shouldComponentUpdate,a=w.componentWillUpdate;w.componentWillUpdate=function(u,l,c){if(this.__e){var f=r;r=void 0,s(u,l,c),r=f}a&&a.call(this,u,l,c)},w.shouldComponentUpdate=s}return o.__N||o.__}function X(e,n){var t=Ae(te++,3);!I.__s&&yn(t.__H,n)&&(t.__=e,t.u=n,w.__H.__h.push(t))}function oe(e){return se=5,pn(function(){return{current:e}},[])}function pn(e,n){var t=Ae(te++,7);return yn(t.__H,n)&&(t.__=e(),t.__H=n,t.__h=e),t.__}function fn(e,n){return se=8,pn(function(){return e},n)}function mn(){var e=Ae(te++,11);if(!e.__){for(var n=w.__v;n!==null&&!n.__m&&n.__!==null;)n=n.__;var t=n.__m||(n.__m=[0,0]);e.__="P"+t[0]+"-"+t[1]++}return e.__}function pt(){for(var e;e=dn.shift();){var n=e.__H;if(e.__P&&n)try{n.__h.some(be),n.__h.some(Pe),n.__h=[]}catch(t){n.__h=[],I.__e(t,e.__v)}}}I.__b=function(e){w=null,on&&on(e)},I.__=function(e,n){e&&n.__k&&n.__k.__m&&(e.__m=n.__k.__m),un&&un(e,n)},I.__r=function(e){rn&&rn(e),te=0;var n=(w=e.__c).__H;n&&(Se===w?(n.__h=[],w.__h=[],n.__.some(function(t){t.__N&&(t.__=t.__N),t.u=t.__N=void 0})):(n.__h.some(be),n.__h.some(Pe),n.__h=[],te=0)),Se=w},I.diffed=function(e){sn&&sn(e);var n=e.__c;n&&n.__H&&(n.__H.__h.length&&(dn.push(n)!==1&&tn===I.requestAnimationFrame||((tn=I.requestAnimationFrame)||ft)(pt)),n.__H.__.some(function(t){t.u&&(t.__H=t.u,t.u=void 0)})),Se=w=null},I.__c=function(e,n){n.some(function(t){try{t.__h.some(be),t.__h=t.__h.filter(function(o){return!o.__||Pe(o)})}catch(o){n.some(function(s){s.__h&&(s.__h=[])}),n=[],I.__e(o,t.__v)}}),an&&an(e,n)},I.unmount=function(e){cn&&cn(e);var n,t=e.__c;t&&t.__H&&(t.__H.__.some(function(o){try{be(o)}catch(s){n=s}}),t.__H=void 0,n&&I.__e(n,t.__v))};var ln=typeof requestAnimationFrame=="function";function ft(e){var n,t=function(){clearTimeout(o),ln&&cancelAnimationFrame(n),setTimeout(e)},o=setTimeout(t,35);ln&&(n=requestAnimationFrame(t))}function be(e){var n=w,t=e.__c;typeof t=="function"&&(e.__c=void 0,t()),w=n}function Pe(e){var n=w;e.__c=e.__(),w=n}function yn(e,n){return!e||e.length!==n.length||n.some(function(t,o){return t!==e[o]})}function gn(e,n){return typeof n=="function"?n(e):n}function V(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function Y(e){return V(e)==="object"}function mt(e){return Array.isArray(e)&&e.length>0&&e.every(n=>"message"in n)}function Re(e,n){return e.length<124?e:n}var _n="graphql-transport-ws";var O=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(O||{}),L=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(L||{});function hn(e){if(!Y(e))throw new Error(`Message is expected to be an object, but got ${V(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${V(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!Y(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Y(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${V(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${V(e.payload.query)}`);if(e.payload.variables!=null&&!Y(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${V(e.payload.variables)}`);if(e.payload.operationName!=null&&V(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${V(e.payload.operationName)}`);if(e.payload.extensions!=null&&!Y(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${V(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Y(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${V(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!mt(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${V(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Cn(e,n){return hn(typeof e=="string"?JSON.parse(e,n):e)}function re(e,n){return hn(e),JSON.stringify(e,n)}function Ne(e){let{url:n,connectionParams:t,lazy:o=!0,onNonLazyError:s=console.error,lazyCloseTimeout:r=0,keepAlive:a=0,disablePong:u,connectionAckWaitTimeout:l=0,retryAttempts:c=5,retryWait:f=async function($){let g=Math.pow(2,$);await new Promise(v=>setTimeout(v,g*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:A=qe,on:i,webSocketImpl:d,generateID:C=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,$=>{let g=Math.random()*16|0;return($=="x"?g:g&3|8).toString(16)})},jsonMessageReplacer:S,jsonMessageReviver:x}=e,m;if(d){if(!gt(d))throw new Error("Invalid WebSocket implementation provided");m=d}else typeof WebSocket<"u"?m=WebSocket:typeof global<"u"?m=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(m=window.WebSocket||window.MozWebSocket);if(!m)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let y=m,_=(()=>{let h=(()=>{let g={};return{on(v,D){return g[v]=D,()=>{delete g[v]}},emit(v){"id"in v&&g[v.id]?.(v)}}})(),$={connecting:i?.connecting?[i.connecting]:[],opened:i?.opened?[i.opened]:[],connected:i?.connected?[i.connected]:[],ping:i?.ping?[i.ping]:[],pong:i?.pong?[i.pong]:[],message:i?.message?[h.emit,i.message]:[h.emit],closed:i?.closed?[i.closed]:[],error:i?.error?[i.error]:[]};return{onMessage:h.on,on(g,v){let D=$[g];return D.push(v),()=>{let T=D.indexOf(v);T>-1&&D.splice(T,1)}},emit(g,...v){for(let D of[...$[g]])D(...v)}}})();function q(h){let $=[_.on("error",g=>{$.forEach(v=>v()),h(g)}),_.on("closed",g=>{$.forEach(v=>v()),h(g)})];return()=>$.forEach(g=>g())}let N,K=0,Z,F=!1,z=0,U=!1;async function Q(){clearTimeout(Z);let[h,$]=await(N??(N=new Promise((D,T)=>(async()=>{if(F){if(await f(z),!K)return N=void 0,T({code:1e3,reason:"All Subscriptions Gone"});z++}_.emit("connecting",F);let b=new y(typeof n=="function"?await n():n,_n),W,ee;function le(){isFinite(a)&&a>0&&(clearTimeout(ee),ee=setTimeout(()=>{b.readyState===y.OPEN&&(b.send(re({type:L.Ping})),_.emit("ping",!1,void 0))},a))}q(R=>{N=void 0,clearTimeout(W),clearTimeout(ee),T(R),R instanceof ae&&(b.close(4499,"Terminated"),b.onerror=null,b.onclose=null)}),b.onerror=R=>_.emit("error",R),b.onclose=R=>_.emit("closed",R),b.onopen=async()=>{try{_.emit("opened",b);let R=typeof t=="function"?await t():t;if(b.readyState!==y.OPEN)return;b.send(re(R?{type:L.ConnectionInit,payload:R}:{type:L.ConnectionInit},S)),isFinite(l)&&l>0&&(W=setTimeout(()=>{b.close(O.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},l)),le()}catch(R){_.emit("error",R),b.close(O.InternalClientError,Re(R instanceof Error?R.message:String(R),"Internal client error"))}};let ne=!1;b.onmessage=({data:R})=>{try{let P=Cn(R,x);if(_.emit("message",P),P.type==="ping"||P.type==="pong"){_.emit(P.type,!0,P.payload),P.type==="pong"?le():u||(b.send(re(P.payload?{type:L.Pong,payload:P.payload}:{type:L.Pong},S)),_.emit("pong",!1,P.payload));return}if(ne)return;if(P.type!==L.ConnectionAck)throw new Error(`First message cannot be of type ${P.type}`);clearTimeout(W),ne=!0,_.emit("connected",b,P.payload,F),F=!1,z=0;let Oe=new Promise(($t,nt)=>q(nt));Oe.catch(()=>{}),D([b,Oe])}catch(P){b.onmessage=null,_.emit("error",P),b.close(O.BadResponse,Re(P instanceof Error?P.message:String(P),"Bad response"))}}})())));h.readyState===y.CLOSING&&await $;let g=()=>{},v=new Promise(D=>g=D);return[h,g,new Promise((D,T)=>{let b=q(T);h.readyState!==y.OPEN&&$.catch(T),v.then(()=>{if(b(),!K){let W=()=>h.close(1e3,"Normal Closure");isFinite(r)&&r>0?(clearTimeout(Z),Z=setTimeout(()=>{!K&&h.readyState===y.OPEN&&W()},r)):W()}D()})})]}function Ve(h){if(qe(h)&&(yt(h.code)||[O.InternalServerError,O.InternalClientError,O.BadRequest,O.BadResponse,O.Unauthorized,O.SubprotocolNotAcceptable,O.SubscriberAlreadyExists,O.TooManyInitialisationRequests].includes(h.code)))throw h;if(U)return!1;if(qe(h)&&h.code===1e3)return K>0;if(!c||z>=c||!A(h))throw h;return F=!0}o||(async()=>{for(K++;;)try{let[,,h]=await Q();await h}catch(h){try{if(!Ve(h))return}catch($){return s?.($)}}})();function Ue(h,$){let g=C(h),v=!1,D=!1,T=()=>{K--,v=!0};return(async()=>{for(K++;;)try{let[b,W,ee]=await Q();if(v)return ee.catch(()=>{}),W();let le=_.onMessage(g,ne=>{switch(ne.type){case L.Next:{$.next(ne.payload);return}case L.Error:{D=!0,v=!0,$.error(ne.payload),T();return}case L.Complete:{v=!0,T();return}}});b.send(re({id:g,type:L.Subscribe,payload:h},S)),T=()=>{!v&&b.readyState===y.OPEN&&b.send(re({id:g,type:L.Complete},S)),K--,v=!0,W()},await ee.finally(le);return}catch(b){if(!Ve(b))return}})().then(()=>{D||$.complete()}).catch(b=>{$.error(b)}),()=>{v||T()}}return{on:_.on,subscribe:Ue,iterate(h){let $=[],g={done:!1,error:null,resolve:()=>{}},v=Ue(h,{next(T){$.push(T),g.resolve()},error(T){g.done=!0,g.error=T,g.resolve()},complete(){g.done=!0,g.resolve()}}),D=(async function*(){for(;;){for($.length||await new Promise(b=>g.resolve=b);$.length;)yield $.shift();if(g.error)throw g.error;if(g.done)return}})();return D.throw=async T=>(g.done||(g.done=!0,g.error=T,g.resolve()),{done:!0,value:void 0}),D.return=async()=>(v(),{done:!0,value:void 0}),D},async dispose(){if(U=!0,N){let[h]=await N;h.close(1e3,"Normal Closure")}},terminate(){N&&_.emit("closed",new ae)}}}var ae=class extends Error{name="TerminatedCloseEvent";message="4499: Terminated";code=4499;reason="Terminated";wasClean=!1};function qe(e){return Y(e)&&"code"in e&&"reason"in e}function yt(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function gt(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var M=class extends Error{constructor(t,o){super(o.map(s=>`${bn(s)}: ${s.message}`).join("; "));this.status=t;this.errors=o}status;errors;get code(){return this.errors[0]?bn(this.errors[0]):"UNKNOWN"}};function bn(e){return e.extensions?.code??"UNKNOWN"}var ve=class{constructor(n,t){this.key=t;let o=new URL("graphql",n),s=new URL(o);s.protocol=o.protocol==="https:"?"wss:":"ws:",this.http=o.href,this.ws=s.href}key;http;ws;socket;open=!1;async run(n,...[t]){let o;try{o=await fetch(this.http,{method:"POST",headers:{"Content-Type":"application/json",Accept:"application/graphql-response+json, application/json",Authorization:`Bearer ${this.key}`},body:JSON.stringify({query:n.toString(),variables:t??{}})})}catch{throw new M(0,[{message:"the server could not be reached",extensions:{code:"NETWORK"}}])}let s;try{s=await o.json()}catch{throw new M(o.status,[{message:`the server answered ${o.status} without a GraphQL body`,extensions:{code:"HTTP"}}])}if(s.errors?.length||s.data==null)throw new M(o.status,s.errors??[]);return s.data}subscribe(n,t,o,s,r){this.socket??=Ne({url:this.ws,connectionParams:{Authorization:`Bearer ${this.key}`},lazy:!0,shouldRetry:l=>!(l instanceof CloseEvent&&(l.code===4401||l.code===4403)),retryAttempts:5,on:{connected:()=>this.open=!0,closed:()=>this.open=!1}});let a=()=>{};r&&this.open?setTimeout(r):r&&(a=this.socket.on("connected",()=>setTimeout(r)));let u=this.socket.subscribe({query:n.toString(),variables:t},{next:l=>{l.errors?.length?s(new M(200,l.errors)):l.data&&o(l.data)},error:l=>s(_t(l)),complete:()=>{}});return()=>{a(),u()}}close(){this.socket?.dispose(),this.socket=void 0}};function _t(e){if(Array.isArray(e))return new M(200,e);if(e instanceof CloseEvent){let n=e.code===4401?"UNAUTHENTICATED":e.code===4403?"FORBIDDEN":"CLOSED";return new M(0,[{message:e.reason||`the live connection closed (${e.code})`,extensions:{code:n}}])}return new M(0,[{message:"the live connection failed",extensions:{code:"NETWORK"}}])}var ht=0;function p(e,n,t,o,s,r){n||(n={});var a,u,l=n;if("ref"in l)for(u in l={},n)u=="ref"?a=n[u]:l[u]=n[u];var c={type:e,props:l,key:t,ref:a,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--ht,__i:-1,__u:0,__source:s,__self:r};if(typeof e=="function"&&(a=e.defaultProps))for(u in a)l[u]===void 0&&(l[u]=a[u]);return E.vnode&&E.vnode(c),c}function An(){try{return JSON.parse(document.getElementById("app")?.dataset.config??"{}")}catch{return{}}}function Me({error:e}){if(!e)return null;let n=e instanceof M?e:void 0,t=n?.errors.length?n.errors:[{message:String(e?.message??e),extensions:{code:"ERROR"}}];return p("div",{class:"error",role:"alert",children:t.map((o,s)=>{let r=(o.extensions?.fields??[]).filter(a=>!o.message.includes(a.message));return p("div",{children:[p("code",{class:"code",children:o.extensions?.code??"UNKNOWN"})," ",o.message,r.length?p("ul",{children:r.map(a=>p("li",{children:[p("code",{children:a.field}),": ",a.message]},a.field))}):null]},s)})})}function vn(e){let n=mn(),t=e.hint?`${n}-hint`:void 0;return p("div",{class:"field",children:[p("label",{for:n,children:e.label}),e.children(n,t),e.hint?p("small",{id:t,class:"hint",children:e.hint}):null]})}function En(e,n){let t={};for(let o of e){let s=n[o.name]??"";if(s===""){o.required&&(t[o.name]=`${o.label} is required.`);continue}o.pattern&&!Ct(o.pattern,s)&&(t[o.name]=`${o.label} does not have the expected form.`)}return t}function Ct(e,n){try{return new RegExp(`^(?:${e})$`,"u").test(n)}catch{return!0}}function xn(e,n){let t={};for(let o of e){let s=n[o.name];s&&(t[o.name]=s)}return t}function kn(e){return p(B,{children:e.type.fields.map(n=>p(vn,{label:n.label+(n.required?"":" (optional)"),hint:e.problems[n.name],children:(t,o)=>p("input",{id:t,name:n.name,type:n.secret?"password":"text",autocomplete:"off",spellcheck:!1,required:n.required,"aria-invalid":e.problems[n.name]?"true":void 0,"aria-describedby":o,value:e.values[n.name]??"",onInput:s=>e.onInput(n.name,s.target.value)})},n.name))})}function $n(){let[e,n]=H({}),[t,o]=H({});return{values:e,problems:t,setProblems:o,onInput:(s,r)=>{n(a=>({...a,[s]:r})),o(a=>{let{[s]:u,...l}=a;return l})},reset:()=>{n({}),o({})}}}function wn(e,n){let[t,o]=H(void 0),[s,r]=H(null),[a,u]=H(!0),l=oe(0),c=fn(async()=>{let f=++l.current;u(!0);try{let A=await e();if(f!==l.current)return;o(A),r(null)}catch(A){if(f!==l.current)return;r(A)}finally{f===l.current&&u(!1)}},n);return X(()=>{c()},[c]),{data:t,error:s,loading:a,reload:c}}var k=class extends String{__apiType;value;__meta__;constructor(n,t){super(n),this.value=n,this.__meta__=t}toString(){return this.value}},Dn=new k(`
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
        }
      }
    }
  }
}
    `),Tn=new k(`
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
    `),In=new k(`
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
    `),Sn=new k(`
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
    `),Pn=new k(`
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
    `),Rn=new k(`
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
        }
      }
    }
  }
}
    `),qn=new k(`
    query ConsolePlatformApps {
  platformApps(first: 100, sortBy: "name") {
    edges {
      node {
        id
        name
        clientId
        createdTime
        source {
          key
          name
        }
      }
    }
  }
}
    `),Nn=new k(`
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
    `),Mn=new k(`
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
    `),Kn=new k(`
    mutation ConsoleEnableAccount($id: ID!) {
  enableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Vn=new k(`
    mutation ConsoleDisableAccount($id: ID!) {
  disableAccount(id: $id) {
    account {
      id
      isEnabled
      disabledReason
    }
  }
}
    `),Un=new k(`
    mutation ConsoleDeleteAccount($id: ID!) {
  deleteAccount(id: $id) {
    deletedId
  }
}
    `),On=new k(`
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
    `),Ln=new k(`
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
    `),Fn=new k(`
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
    `),Bn=new k(`
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
    `),Hn=new k(`
    mutation ConsoleEnableKey($id: ID!) {
  enableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),Qn=new k(`
    mutation ConsoleDisableKey($id: ID!) {
  disableAuthAccess(id: $id) {
    authAccess {
      id
      isEnabled
    }
  }
}
    `),Wn=new k(`
    mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {
  updateAuthAccess(id: $id, change: $change, remove: $remove) {
    authAccess {
      id
      description
      foreignData
    }
  }
}
    `),jn=new k(`
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
    `),zn=new k(`
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
    `),Gn=new k(`
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
    `),Yn=new k(`
    mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {
  createPlatformApp(input: $input) {
    platformApp {
      id
      name
      clientId
    }
  }
}
    `),Jn=new k(`
    mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {
  createCustomSource(input: $input) {
    source {
      id
      key
      name
    }
  }
}
    `);var At={"\n  query ConnectStart {\n    viewer { permission authAccess { personId sources expiresTime } }\n    sources(first: 100) {\n      edges {\n        node {\n          key name\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }\n        }\n      }\n    }\n  }\n":Dn,"\n  mutation ConnectAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }\n  }\n":Tn,"\n  query ConsoleViewer {\n    viewer {\n      permission\n      environment { id name slug }\n      authAccess { id name personId }\n    }\n  }\n":In,"\n  query ConsoleAccounts($filter: String, $sortBy: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    accounts(filter: $filter, sortBy: $sortBy, first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id identifier displayName isEnabled disabledReason\n          verificationStatus verifiedTime verificationError createdTime\n          source { key name }\n          creator { kind personId authAccess { name } }\n        }\n      }\n    }\n  }\n":Sn,'\n  query ConsoleAccount($id: ID!, $events: String!) {\n    account(id: $id) {\n      id identifier identifierKind displayName externalId foreignId metadata\n      isEnabled disabledReason verificationStatus verifiedTime verificationError\n      createdTime updatedTime credentialType\n      source { key name }\n      platformApp { name }\n      creator { kind personId authAccess { name } }\n    }\n    events(filter: $events, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type createdTime data personId authAccess { name } } }\n    }\n  }\n':Pn,"\n  query ConsoleCatalog {\n    sources(first: 100) {\n      edges {\n        node {\n          id key name\n          verification { baseUrl method path placement identifierPath }\n          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }\n        }\n      }\n    }\n  }\n":Rn,'\n  query ConsolePlatformApps {\n    platformApps(first: 100, sortBy: "name") {\n      edges { node { id name clientId createdTime source { key name } } }\n    }\n  }\n':qn,"\n  mutation ConsoleCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) { alreadyExists account { id identifier source { name } } }\n  }\n":Nn,"\n  mutation ConsoleVerifyAccount($id: ID!) {\n    verifyAccount(id: $id) { account { id isEnabled disabledReason verificationStatus verifiedTime verificationError } }\n  }\n":Mn,"\n  mutation ConsoleEnableAccount($id: ID!) {\n    enableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Kn,"\n  mutation ConsoleDisableAccount($id: ID!) {\n    disableAccount(id: $id) { account { id isEnabled disabledReason } }\n  }\n":Vn,"\n  mutation ConsoleDeleteAccount($id: ID!) {\n    deleteAccount(id: $id) { deletedId }\n  }\n":Un,"\n  mutation ConsoleUpdateAccount($id: ID!, $change: AccountChange, $remove: [AccountField!]) {\n    updateAccount(id: $id, change: $change, remove: $remove) { account { id identifier displayName metadata foreignId } }\n  }\n":On,'\n  query ConsoleKeys($filter: String, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    authAccesses(filter: $filter, sortBy: "createdTime:DESC", first: $first, after: $after, last: $last, before: $before) {\n      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }\n      edges {\n        node {\n          id name description foreignId foreignData token permission isEnabled\n          lastUsedTime expiresTime personId sources createdTime\n        }\n      }\n    }\n  }\n':Ln,"\n  mutation ConsoleCreateKey($input: CreateAuthAccessInput!) {\n    createAuthAccess(input: $input) { secretKey authAccess { id name token permission } }\n  }\n":Fn,"\n  mutation ConsoleRotateKey($id: ID!, $gracePeriod: Int) {\n    rotateAuthAccessSecret(id: $id, gracePeriod: $gracePeriod) { secretKey previousSecretExpiresTime authAccess { id name } }\n  }\n":Bn,"\n  mutation ConsoleEnableKey($id: ID!) {\n    enableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":Hn,"\n  mutation ConsoleDisableKey($id: ID!) {\n    disableAuthAccess(id: $id) { authAccess { id isEnabled } }\n  }\n":Qn,"\n  mutation ConsoleUpdateKey($id: ID!, $change: AuthAccessChange, $remove: [AuthAccessField!]) {\n    updateAuthAccess(id: $id, change: $change, remove: $remove) { authAccess { id description foreignData } }\n  }\n":Wn,"\n  mutation ConsoleCreateConnectSession($input: CreateConnectSessionInput!) {\n    createConnectSession(input: $input) { secretKey expiresTime authAccess { id name personId sources } }\n  }\n":jn,'\n  query ConsoleRecentEvents($filter: String) {\n    events(filter: $filter, sortBy: "createdTime:DESC", first: 50) {\n      edges { node { id type subjectId personId createdTime data authAccess { name } } }\n    }\n  }\n':zn,"\n  subscription ConsoleEvents($types: [EventType!]) {\n    events(types: $types) { id type subjectId personId createdTime data authAccess { name } }\n  }\n":Gn,"\n  mutation ConsoleCreatePlatformApp($input: CreatePlatformAppInput!) {\n    createPlatformApp(input: $input) { platformApp { id name clientId } }\n  }\n":Yn,"\n  mutation ConsoleCreateCustomSource($input: CreateCustomSourceInput!) {\n    createCustomSource(input: $input) { source { id key name } }\n  }\n":Jn};function Ke(e){return At[e]??{}}var Xn=Ke(`
  query ConnectStart {
    viewer { permission authAccess { personId sources expiresTime } }
    sources(first: 100) {
      edges {
        node {
          key name
          credentialTypes { key name requiresPlatformApp fields { name label secret required pattern } }
        }
      }
    }
  }
`),Zn=Ke(`
  mutation ConnectAccount($input: CreateAccountInput!) {
    createAccount(input: $input) { alreadyExists account { id identifier source { key name } } }
  }
`);function et(e){let n=oe(new ve(document.baseURI,e.sessionKey)).current,t=wn(()=>n.run(Xn),[]),[o,s]=H(""),[r,a]=H({name:"form"}),u=$n(),l=oe(null),c=()=>e.send({latchkey:"close"});vt(l,c);let f=t.error?{code:t.error instanceof M?t.error.code:"UNKNOWN",message:t.error.message}:t.data&&(t.data.viewer.permission!=="CREDENTIALS_IN_ONLY"||!t.data.viewer.authAccess.personId)?{code:"NOT_A_CONNECT_SESSION",message:"the widget takes a connect session\u2019s key (createConnectSession), not an API key"}:null;X(()=>{f&&e.send({latchkey:"event",event:{type:"error",...f}})},[f?.code]),X(()=>{let m=l.current;m&&(t.data||t.error)&&(m.querySelector("form select, form input")??m.querySelector(".buttons button"))?.focus()},[t.data,t.error,r.name,o]);let A=t.data?.viewer.authAccess.sources,i=(t.data?.sources.edges??[]).map(m=>({...m.node,credentialTypes:m.node.credentialTypes.filter(y=>!y.requiresPlatformApp)})).filter(m=>m.credentialTypes.length>0).filter(m=>!A||A.includes(m.key)).filter(m=>!e.only||e.only.includes(m.key)),d=i.length===1?i[0]:i.find(m=>m.key===o),C=d?.credentialTypes[0],S=async m=>{if(m.preventDefault(),!d||!C)return;let y=En(C.fields,u.values);if(u.setProblems(y),!Object.keys(y).length){a({name:"sending"});try{let _=await n.run(Zn,{input:{source:d.key,credentialType:C.key,credentials:xn(C.fields,u.values)}}),q=_.createAccount.account;u.reset(),a({name:"added",source:q.source.name,identifier:q.identifier,alreadyExists:_.createAccount.alreadyExists}),e.send({latchkey:"event",event:{type:"account-added",accountId:q.id,source:q.source.key,identifier:q.identifier,alreadyExists:_.createAccount.alreadyExists}})}catch(_){a({name:"failed",error:_}),_ instanceof M&&_.code==="VERIFICATION_FAILED"&&e.send({latchkey:"event",event:{type:"verification-failed",source:d.key,reason:_.errors[0]?.message??""}})}}},x;if(f)x=p(B,{children:[p("p",{class:"failure",role:"alert",children:["This connect session cannot be used",t.error?": it may have expired":"",". Close this window and start again."]}),t.error?p(Me,{error:t.error}):p("p",{class:"hint",children:[f.message,"."]}),p("div",{class:"buttons",children:p("button",{type:"button",onClick:c,children:"Close"})})]});else if(!t.data)x=p("p",{class:"loading",children:"Loading\u2026"});else if(i.length===0)x=p("p",{children:"No source can be connected from here."});else if(r.name==="added")x=p("div",{role:"status",children:[p("p",{class:"success",children:r.alreadyExists?`This ${r.source} account (${r.identifier}) was already connected; its credentials were refreshed.`:`Your ${r.source} account (${r.identifier}) is connected.`}),p("div",{class:"buttons",children:[p("button",{type:"button",onClick:()=>a({name:"form"}),children:"Connect another"}),p("button",{type:"button",class:"primary",onClick:c,children:"Done"})]})]});else if(r.name==="failed"){let m=r.error instanceof M&&r.error.code==="VERIFICATION_FAILED";x=p("div",{children:[p("p",{class:"failure",role:"alert",children:m?`${d?.name??"The source"} did not accept these credentials, so nothing was saved.`:"The account could not be connected."}),p(Me,{error:r.error}),p("div",{class:"buttons",children:[p("button",{type:"button",onClick:c,children:"Close"}),p("button",{type:"button",class:"primary",onClick:()=>a({name:"form"}),children:"Try again"})]})]})}else x=p("form",{onSubmit:S,noValidate:!0,"aria-busy":r.name==="sending",children:[i.length>1?p("div",{class:"field",children:[p("label",{for:"lk-source",children:"Service"}),p("select",{id:"lk-source",value:o,onChange:m=>{s(m.target.value),u.reset()},children:[p("option",{value:"",children:"Choose a service\u2026"}),i.map(m=>p("option",{value:m.key,children:m.name},m.key))]})]}):null,C?p(kn,{type:C,values:u.values,problems:u.problems,onInput:u.onInput}):null,p("div",{class:"buttons",children:[p("button",{type:"button",onClick:c,children:"Cancel"}),p("button",{type:"submit",class:"primary",disabled:!C||r.name==="sending",children:r.name==="sending"?"Checking with the service\u2026":"Connect"})]}),r.name==="sending"?p("p",{role:"status",class:"hint",children:["Checking these credentials with ",d?.name,"\u2026"]}):null]});return p("main",{class:"widget",ref:l,"aria-labelledby":"lk-title",children:[p("header",{class:"dialog-head",children:[p("h1",{id:"lk-title",children:d?`Connect ${d.name}`:"Connect an account"}),p("button",{type:"button",class:"icon","aria-label":"Close",onClick:c,children:"\xD7"})]}),x,p("p",{class:"fine",children:"Your credentials are checked with the service, stored encrypted and never shown again."})]})}function vt(e,n){X(()=>{let t=o=>{if(o.key==="Escape"){o.preventDefault(),n();return}if(o.key!=="Tab"||!e.current)return;let s=[...e.current.querySelectorAll("a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled])")],r=s[0],a=s[s.length-1];!r||!a||(o.shiftKey&&(document.activeElement===r||!e.current.contains(document.activeElement))?(o.preventDefault(),a.focus()):!o.shiftKey&&(document.activeElement===a||!e.current.contains(document.activeElement))&&(o.preventDefault(),r.focus()))};return document.addEventListener("keydown",t),()=>document.removeEventListener("keydown",t)},[])}var ce=document.getElementById("app"),ue=An().origins??[];function Et(e){return n=>window.parent.postMessage(n,e)}function xt(e){let n=document.documentElement;if(e==="dark"||e==="light"){n.classList.add(e);return}for(let[t,o]of Object.entries(e??{}))/^--lk-[a-z-]{1,40}$/.test(t)&&typeof o=="string"&&/^[#\w\s.,%()/"'-]{0,100}$/.test(o)&&!/url|image|src/i.test(o)&&n.style.setProperty(t,o)}function kt(){if(!ce)return;if(window.parent===window||ue.length===0){ce.textContent="",Ie(p("main",{class:"widget",children:[p("h1",{children:"Connect an account"}),p("p",{children:["This page opens inside a website\u2019s connect window, through ",p("code",{children:"/connect.js"}),ue.length===0?", and this server allows no website to show it yet (LATCHKEY_CORS_ORIGINS)":"","."]})]}),ce);return}let e=!1;addEventListener("message",o=>{if(e||o.source!==window.parent||!ue.includes(o.origin))return;let s=o.data;if(!s||s.latchkey!=="init"||typeof s.sessionKey!="string")return;e=!0,xt(s.theme);let r=Et(o.origin),a=Array.isArray(s.sources)?s.sources.filter(u=>typeof u=="string"):void 0;ce.textContent="",Ie(p(et,{sessionKey:s.sessionKey,only:a,send:r}),ce)});let n=window.location.ancestorOrigins?.[0],t=n!==void 0?ue.filter(o=>o===n):ue;for(let o of t)window.parent.postMessage({latchkey:"ready"},o)}kt();})();
